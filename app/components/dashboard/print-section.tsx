import type { ReactNode } from "react";

/** A section of a printable page (the report, the decision paper): a ruled heading, then its content. */
export function PrintSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="border-b-2 border-ink pb-1 text-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
