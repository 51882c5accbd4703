import { useState } from "react";
import { useI18n } from "~/lib/i18n/react";
import { Field } from "./field";

/** A read-only value with a copy button; without JavaScript the text can still be selected. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <Field
        label={label}
        name="copy"
        value={value}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="self-start rounded-control border border-line-strong px-3 py-1.5 text-caption font-medium hover:bg-surface-muted"
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true));
        }}
      >
        {copied ? t("accounts.members.copied") : t("accounts.members.copy")}
      </button>
    </div>
  );
}
