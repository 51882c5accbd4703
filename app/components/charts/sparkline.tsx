/**
 * A tiny trend line in plain SVG: drawn on the server, no chart library, so lists and
 * dashboard cards stay light. The numbers it stands for are shown beside it.
 */
export function Sparkline({
  values,
  label,
  width = 120,
  height = 32,
  reference,
  className = "text-brand",
  fluid = false,
}: {
  values: readonly number[];
  label: string;
  width?: number;
  height?: number;
  /** An optional level to draw as a dashed line (e.g. the target). */
  reference?: number;
  className?: string;
  /** Stretch to the container's width (the height stays fixed). */
  fluid?: boolean;
}) {
  const pad = 3;
  const all = reference === undefined ? [...values] : [...values, reference];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const x = (i: number) =>
    values.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (values.length - 1);
  const y = (v: number) => height - pad - ((v - min) * (height - 2 * pad)) / span;
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  const last = values.at(-1);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={fluid ? "100%" : width}
      height={height}
      preserveAspectRatio={fluid ? "none" : undefined}
      className={`shrink-0 overflow-visible ${className}`}
    >
      {reference !== undefined && values.length > 0 ? (
        <line
          x1={pad}
          x2={width - pad}
          y1={y(reference)}
          y2={y(reference)}
          stroke="var(--color-line-strong)"
          strokeDasharray="3 3"
          strokeWidth={1}
          vectorEffect="non-scaling-stroke"
        />
      ) : null}
      {values.length > 1 ? (
        <polyline
          points={points}
          fill="none"
          stroke="currentColor"
          strokeWidth={1.75}
          strokeLinejoin="round"
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        />
      ) : null}
      {fluid ? null : last !== undefined ? (
        <circle cx={x(values.length - 1)} cy={y(last)} r={2.5} fill="currentColor" />
      ) : (
        <line
          x1={pad}
          x2={width - pad}
          y1={height / 2}
          y2={height / 2}
          stroke="var(--color-line)"
          strokeDasharray="2 4"
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
