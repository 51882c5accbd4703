import { useRef } from "react";
import { useI18n } from "~/lib/i18n/react";
import { useDismiss } from "../ui/use-dismiss";

/**
 * The user's organisations as a menu under the current one's name (a user may
 * belong to many; a row of pills would fill a phone's screen). Switching loads
 * the other organisation's start page as a new document: nothing of this
 * organisation's page state carries over. Escape or a click elsewhere closes it.
 */
export function OrgSwitcher({
  current,
  organisations,
}: {
  current: { slug: string; name: string };
  organisations: { slug: string; name: string }[];
}) {
  const { t } = useI18n();
  const menuRef = useRef<HTMLDetailsElement>(null);
  useDismiss(menuRef);
  if (organisations.length <= 1) {
    return <span className="truncate text-body font-medium text-ink-muted">{current.name}</span>;
  }
  return (
    <details ref={menuRef} className="relative min-w-0">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-control px-2 py-1 text-body font-medium text-ink hover:bg-surface-muted [&::-webkit-details-marker]:hidden">
        <span className="truncate">{current.name}</span>
        <span className="sr-only">, {t("app.switchOrganisation")}</span>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 shrink-0 text-ink-muted">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" />
        </svg>
      </summary>
      <nav
        aria-label={t("app.organisation")}
        className="absolute right-0 z-30 mt-1 max-h-[70vh] w-64 max-w-[calc(100vw-2rem)] overflow-y-auto sm:right-auto sm:left-0 rounded-control border border-line bg-surface-raised p-1 shadow-card"
      >
        <ul>
          {organisations.map((o) => (
            <li key={o.slug}>
              <a
                href={`/o/${o.slug}`}
                aria-current={o.slug === current.slug ? "page" : undefined}
                className={`block truncate rounded-control px-3 py-2 text-body ${
                  o.slug === current.slug
                    ? "bg-brand-soft font-medium text-ink"
                    : "text-ink-muted hover:bg-surface-muted hover:text-ink"
                }`}
              >
                {o.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
