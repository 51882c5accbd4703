import { useId, useState } from "react";
import { useI18n } from "~/lib/i18n/react";
import { Field } from "./field";

/**
 * A read-only value with a copy button; the button says when it copied. Without the
 * clipboard (no JavaScript, or a page not served over HTTPS) the text is selected, ready
 * for Ctrl+C.
 */
export function CopyField({
  label,
  value,
  hint,
  copyLabel,
}: {
  label: string;
  value: string;
  hint?: string;
  /** The button's text; "Copy link" unless said otherwise. */
  copyLabel?: string;
}) {
  const { t } = useI18n();
  const id = `copy-${useId()}`;
  const [copied, setCopied] = useState(false);
  const select = () => {
    const input = document.getElementById(id);
    if (input instanceof HTMLInputElement) input.select();
  };
  return (
    <div className="flex flex-col gap-2">
      <Field
        id={id}
        label={label}
        name="copy"
        value={value}
        hint={hint}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="self-start rounded-control border border-line-strong px-3 py-1.5 text-caption font-medium hover:bg-surface-muted"
        onClick={() => {
          if (!navigator.clipboard) return select();
          navigator.clipboard.writeText(value).then(() => setCopied(true), select);
        }}
      >
        {copied ? t("accounts.members.copied") : (copyLabel ?? t("accounts.members.copy"))}
      </button>
      <span role="status" className="sr-only">
        {copied ? t("accounts.members.copied") : ""}
      </span>
    </div>
  );
}
