import { useId } from "react";
import type { TextareaHTMLAttributes } from "react";

type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
};

export function Textarea({
  label,
  name,
  error,
  hint,
  id,
  className = "",
  rows = 4,
  ...textarea
}: TextareaProps) {
  const generated = useId();
  const textareaId = id ?? `${name}-${generated}`;
  const hintId = hint ? `${textareaId}-hint` : undefined;
  const errorId = error ? `${textareaId}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={textareaId} className="text-caption font-medium text-ink">
        {label}
      </label>
      <textarea
        id={textareaId}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`rounded-control border bg-surface-raised px-3 py-2 text-body text-ink placeholder:text-ink-subtle ${
          error ? "border-danger" : "border-line-strong"
        }`}
        {...textarea}
      />
      {hint ? (
        <p id={hintId} className="text-caption text-ink-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-caption font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
