import { useRef } from "react";
import { Form, Link } from "react-router";
import { useI18n } from "~/lib/i18n/react";
import type { Role } from "~/lib/permissions";
import { LanguageSwitch } from "../language-switch";
import { Logo } from "../logo";
import { ThemeSwitch } from "../theme-switch";
import { useDismiss } from "../ui/use-dismiss";
import { MainNav } from "./main-nav";
import { NotificationBell } from "./notification-bell";
import { OrgSwitcher } from "./org-switcher";

export type ShellHeaderProps = {
  org: { slug: string; name: string };
  role: Role;
  user: { name: string };
  /** Unread notifications in this organisation (the bell). */
  unread: number;
  organisations: { slug: string; name: string }[];
};

const headerButton =
  "rounded-control px-2 py-1 text-caption font-medium text-ink-muted hover:bg-surface-muted hover:text-ink";

function SignOut({ className = headerButton }: { className?: string }) {
  const { t } = useI18n();
  return (
    <Form method="post" action="/sign-out">
      <button type="submit" className={className}>
        {t("app.signOut")}
      </button>
    </Form>
  );
}

/**
 * The header of every page inside an organisation: logo, organisation, the bell, the
 * account's controls and the navigation. Wide screens show the navigation as a row and
 * the account's controls in the header; below `xl` (1280 px) one "Menu" button holds
 * both, so a phone's header is one line and nothing scrolls sideways. Links and plain
 * forms only: it works before its code has come (see AppShell).
 */
export function ShellHeader({ org, role, user, unread, organisations }: ShellHeaderProps) {
  const { t } = useI18n();
  const base = `/o/${org.slug}`;
  return (
    <header className="no-print relative border-b border-line bg-surface-raised">
      <div className="mx-auto flex max-w-7xl items-center gap-x-4 px-gutter py-3 xl:gap-x-6">
        <Logo to={base} />
        <OrgSwitcher current={org} organisations={organisations} />
        <div className="ml-auto flex items-center">
          <NotificationBell base={base} unread={unread} />
        </div>
        <div className="hidden items-center gap-2 xl:flex">
          <Link to="/account" className={`${headerButton} font-normal`}>
            {user.name} · {t(`role.${role}`)}
          </Link>
          <ThemeSwitch compact />
          <LanguageSwitch />
          <SignOut />
        </div>
        <PhoneMenu base={base} role={role} userName={user.name} />
      </div>
      <MainNav
        base={base}
        role={role}
        layout="row"
        className="mx-auto hidden max-w-7xl px-gutter xl:block"
      />
    </header>
  );
}

/**
 * Below `xl`: a "Menu" button (a <details>, so it opens without JavaScript) with the
 * navigation, the account, the colour scheme, the language and signing out. Escape, a
 * click elsewhere or following a link closes it.
 */
function PhoneMenu({ base, role, userName }: { base: string; role: Role; userName: string }) {
  const { t } = useI18n();
  const menuRef = useRef<HTMLDetailsElement>(null);
  useDismiss(menuRef);
  return (
    <details ref={menuRef} className="group xl:hidden">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-control border border-line px-3 py-1.5 text-body font-medium text-ink hover:bg-surface-muted [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4">
          <path
            className="group-open:hidden"
            d="M2 4h12M2 8h12M2 12h12"
            stroke="currentColor"
            strokeWidth="1.75"
            strokeLinecap="round"
          />
          <path
            className="hidden group-open:block"
            d="M3.5 3.5l9 9M12.5 3.5l-9 9"
            stroke="currentColor"
            strokeWidth="1.75"
            strokeLinecap="round"
          />
        </svg>
        {t("app.menu")}
      </summary>
      <div className="absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-line bg-surface-raised shadow-card">
        <MainNav base={base} role={role} layout="list" />
        <div className="flex flex-col gap-3 border-t border-line px-4 py-4">
          <Link to="/account" className="font-medium text-ink underline-offset-2 hover:underline">
            {t("app.account", { name: userName, role: t(`role.${role}`) })}
          </Link>
          <ThemeSwitch />
          <div className="flex flex-wrap items-center gap-2">
            <LanguageSwitch />
            <SignOut />
          </div>
        </div>
      </div>
    </details>
  );
}
