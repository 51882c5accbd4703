import { formatInstant } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";

/** Above every page of a visitor's private demo copy: whose it is and until when. */
export function DemoNotice({ expiresAt }: { expiresAt: string }) {
  const { t, locale } = useI18n();
  const until = formatInstant(expiresAt, locale);
  return (
    <p
      role="note"
      className="no-print mb-6 rounded-control bg-warning-soft px-3 py-2 text-caption text-ink"
    >
      {t("accounts.demo.notice", { until })}
    </p>
  );
}
