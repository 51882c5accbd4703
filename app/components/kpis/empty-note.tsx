import type { ReactNode } from "react";

/** An empty state inside a page that already has its h1 (the shared EmptyState brings one). */
export function EmptyNote({
  title,
  body,
  action,
}: {
  title: string;
  body: string;
  action?: ReactNode;
}) {
  return (
    <section className="flex flex-col items-center gap-3 rounded-card border border-dashed border-line-strong px-6 py-10 text-center">
      <h2 className="text-title">{title}</h2>
      <p className="max-w-lg text-ink-muted">{body}</p>
      {action}
    </section>
  );
}
