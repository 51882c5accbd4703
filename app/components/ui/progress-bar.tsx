export function ProgressBar({
  percent,
  label,
  colorClass = "bg-brand",
  marker,
}: {
  percent: number;
  label: string;
  colorClass?: string;
  /** Optional second value (e.g. planned progress) drawn as a thin marker. */
  marker?: number;
}) {
  const clamped = Math.max(0, Math.min(100, percent));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(clamped)}
      className="relative h-2.5 w-full overflow-hidden rounded-full bg-surface-muted"
    >
      <div className={`h-full rounded-full ${colorClass}`} style={{ width: `${clamped}%` }} />
      {marker !== undefined ? (
        <div
          aria-hidden="true"
          className="absolute top-0 h-full w-0.5 bg-ink"
          style={{ left: `${Math.max(0, Math.min(100, marker))}%` }}
        />
      ) : null}
    </div>
  );
}
