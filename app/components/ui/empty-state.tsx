import type { ReactNode } from "react";

export function EmptyState({
  title,
  body,
  action,
  headingLevel = 1,
}: {
  title: string;
  body: string;
  action?: ReactNode;
  /** 2 when the page has its own heading above (a section of a page that is empty). */
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section className="mx-auto flex max-w-lg flex-col items-center gap-3 rounded-card border border-dashed border-line-strong px-6 py-12 text-center">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="h-12 w-12 text-ink-subtle">
        <path
          d="M8 36h32M8 24h20M8 12h26"
          stroke="currentColor"
          strokeWidth="4"
          strokeLinecap="round"
          fill="none"
        />
      </svg>
      <Heading className="text-title">{title}</Heading>
      <p className="text-ink-muted">{body}</p>
      {action}
    </section>
  );
}
