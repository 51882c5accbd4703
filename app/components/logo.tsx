import { Link } from "react-router";
import { useI18n } from "~/lib/i18n/react";

export function Logo({ to = "/" }: { to?: string }) {
  const { t } = useI18n();
  return (
    <Link to={to} className="flex items-center gap-2 font-semibold text-ink no-underline">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
        <rect width="32" height="32" rx="7" className="fill-brand" />
        <path
          d="M8 22h16M8 16h10M8 10h13"
          className="stroke-brand-ink"
          strokeWidth="3"
          strokeLinecap="round"
        />
        <circle cx="24" cy="16" r="2.5" className="fill-phase-pilot" />
      </svg>
      <span className="text-lead">{t("app.name")}</span>
    </Link>
  );
}
