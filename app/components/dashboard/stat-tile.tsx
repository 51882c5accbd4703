import type { ReactNode } from "react";

/** One headline figure: what leadership reads first. */
export function StatTile({
  label,
  value,
  detail,
  tone,
  children,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  tone?: "success" | "warning" | "danger";
  children?: ReactNode;
}) {
  const accent =
    tone === "danger"
      ? "border-l-danger"
      : tone === "warning"
        ? "border-l-warning"
        : tone === "success"
          ? "border-l-success"
          : "border-l-brand";
  return (
    <div
      className={`break-inside-avoid flex flex-col gap-1 rounded-card border border-l-4 border-line bg-surface-raised p-4 shadow-card ${accent}`}
    >
      <dt className="text-caption font-medium text-ink-muted">{label}</dt>
      <dd className="text-display tabular-nums">{value}</dd>
      {detail ? <dd className="text-caption text-ink-muted">{detail}</dd> : null}
      {children}
    </div>
  );
}
