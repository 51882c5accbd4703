import { useId } from "react";
import type { ReactNode } from "react";

/**
 * What a stale save or delete shows (409, app/lib/versioned.server.ts): somebody else
 * changed the record in the meantime, nothing was written, and this is how it is stored
 * now. The form beside it keeps what the person typed. A region named by its title;
 * its content is announced when it appears.
 */
export function ConflictNotice({
  title,
  body,
  caption,
  rows,
  heading: Heading = "h2",
  className = "",
}: {
  title: string;
  body: string;
  /** A heading above the current values, if the body does not introduce them. */
  caption?: string;
  /** The current values: label and value. */
  rows: readonly (readonly [label: string, value: ReactNode])[];
  heading?: "h2" | "h3";
  className?: string;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className={`rounded-card border border-warning bg-warning-soft p-4 ${className}`}
    >
      <div role="alert">
        <Heading id={id} className="font-semibold text-warning">
          {title}
        </Heading>
        <p className="mt-1 text-caption text-ink">{body}</p>
        {caption ? <p className="mt-3 text-caption font-semibold text-ink">{caption}</p> : null}
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-caption">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="whitespace-pre-line">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
