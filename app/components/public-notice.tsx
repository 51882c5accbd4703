import type { ReactNode } from "react";
import { Link } from "react-router";
import { PublicShell } from "./public-shell";

/**
 * A page that only tells something before sign-in ("check your inbox", "this link no
 * longer works"), with the ways on underneath.
 */
export function PublicNotice({
  title,
  children,
  links,
  status = false,
}: {
  title: string;
  children: ReactNode;
  links: { to: string; label: string }[];
  /** Announced as a status message (the answer to a form just sent). */
  status?: boolean;
}) {
  return (
    <PublicShell>
      <div
        role={status ? "status" : undefined}
        className="rounded-card border border-line bg-surface-raised p-6 shadow-card sm:p-8"
      >
        <h1 className="text-title">{title}</h1>
        {children}
      </div>
      <p className="mt-4 flex justify-center gap-4 text-ink-muted">
        {links.map((link) => (
          <Link
            key={link.to}
            to={link.to}
            className="font-medium text-brand underline-offset-2 hover:underline"
          >
            {link.label}
          </Link>
        ))}
      </p>
    </PublicShell>
  );
}
