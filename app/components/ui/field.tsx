import type { InputHTMLAttributes } from "react";
import { controlClass, FieldFrame, useFieldIds } from "./field-frame";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
};

/** A labelled input whose error sits beside it and is announced to screen readers. */
export function Field({ label, name, error, hint, id, className = "", ...input }: FieldProps) {
  const ids = useFieldIds(name, id, hint, error);
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      required={Boolean(input.required)}
      className={className}
      {...ids}
    >
      <input
        id={ids.controlId}
        name={name}
        {...ids.aria}
        className={controlClass(error)}
        {...input}
      />
    </FieldFrame>
  );
}
