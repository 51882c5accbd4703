import { useId } from "react";
import type { ReactNode } from "react";

/** Ids for a control's hint and error, and the aria attributes that tie them to it. */
export function useFieldIds(name: string, id: string | undefined, hint?: string, error?: string) {
  const generated = useId();
  const controlId = id ?? `${name}-${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return {
    controlId,
    hintId,
    errorId,
    aria: {
      "aria-invalid": error ? true : undefined,
      "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    },
  };
}

/** Label above, hint and error below: the frame every form control shares. */
export function FieldFrame({
  label,
  controlId,
  hint,
  hintId,
  error,
  errorId,
  required,
  className = "",
  children,
}: {
  label: string;
  /** Marks the label with an asterisk (seen, not read: the control's `required` is announced). */
  required?: boolean;
  controlId: string;
  hint?: string;
  hintId?: string;
  error?: string;
  errorId?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label
        htmlFor={controlId}
        className={`text-caption font-medium text-ink ${required ? "label-required" : ""}`}
      >
        {label}
      </label>
      {children}
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

export function controlClass(error: string | undefined) {
  return `rounded-control border bg-surface-raised px-3 py-2 text-body text-ink placeholder:text-ink-subtle ${
    error ? "border-danger" : "border-line-strong"
  }`;
}
