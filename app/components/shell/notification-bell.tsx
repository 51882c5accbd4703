import { Link } from "react-router";
import { useI18n } from "~/lib/i18n/react";

/**
 * The bell in the header: a link to the inbox whose accessible name says how many are
 * unread ("Benachrichtigungen, 3 ungelesen"); the badge is for the eye only.
 */
export function NotificationBell({ base, unread }: { base: string; unread: number }) {
  const { t } = useI18n();
  const shown = unread >= 100 ? "99+" : String(unread);
  return (
    <Link
      to={`${base}/notifications`}
      aria-label={t("notifications.bell", { count: unread })}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-control text-ink-muted hover:bg-surface-muted hover:text-ink"
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none">
        <path
          d="M10 2.5a5 5 0 0 0-5 5v2.8l-1.3 2.6a.7.7 0 0 0 .6 1.1h11.4a.7.7 0 0 0 .6-1.1L15 10.3V7.5a5 5 0 0 0-5-5Z"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
        <path
          d="M8 16a2 2 0 0 0 4 0"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 min-w-[1.25rem] rounded-full bg-brand px-1 text-center text-[0.7rem] leading-5 font-semibold text-brand-ink"
        >
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
