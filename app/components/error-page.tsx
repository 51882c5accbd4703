import { Link } from "react-router";
import { useI18n } from "~/lib/i18n/react";
import type { MessageKey } from "~/lib/i18n";
import type { StorageFailure } from "~/lib/storage-refusal";
import { buttonClass } from "./ui/button";

const copy: Record<number, [MessageKey, MessageKey]> = {
  400: ["errors.badRequestTitle", "errors.badRequestBody"],
  403: ["errors.forbiddenTitle", "errors.forbiddenBody"],
  404: ["errors.notFoundTitle", "errors.notFoundBody"],
  413: ["errors.tooLargeTitle", "errors.tooLargeBody"],
  415: ["errors.badRequestTitle", "errors.badRequestBody"],
  429: ["errors.tooManyTitle", "errors.tooManyBody"],
};

const storageCopy: Record<StorageFailure, [MessageKey, MessageKey]> = {
  full: ["errors.storageFullTitle", "errors.storageFullBody"],
  unavailable: ["errors.storageUnavailableTitle", "errors.storageUnavailableBody"],
};

/**
 * The one calm error page for 4xx and 5xx, in the user's language; a 503 because the
 * database could not store or answer says which (`storage`).
 */
export function ErrorPage({
  status,
  requestId,
  storage,
}: {
  status: number;
  requestId?: string;
  storage?: StorageFailure | null;
}) {
  const { t } = useI18n();
  const [title, body] = (storage && storageCopy[storage]) ??
    copy[status] ?? ["errors.serverTitle", "errors.serverBody"];
  return (
    <main
      id="main"
      className="mx-auto flex min-h-[70vh] max-w-xl flex-col justify-center gap-4 px-6 py-16"
    >
      <title>{`${t(title)} · ${t("app.name")}`}</title>
      <p className="text-caption font-semibold tracking-wide text-brand uppercase">{status}</p>
      <h1 className="text-display">{t(title)}</h1>
      <p className="text-lead text-ink-muted">{t(body)}</p>
      {status >= 500 && requestId ? (
        <p className="text-caption text-ink-subtle">{t("errors.reference", { id: requestId })}</p>
      ) : null}
      <div>
        <Link to="/" className={buttonClass("primary")}>
          {t("errors.backHome")}
        </Link>
      </div>
    </main>
  );
}
