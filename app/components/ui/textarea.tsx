import type { TextareaHTMLAttributes } from "react";
import { controlClass, FieldFrame, useFieldIds } from "./field-frame";

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
  const ids = useFieldIds(name, id, hint, error);
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      required={Boolean(textarea.required)}
      className={className}
      {...ids}
    >
      <textarea
        id={ids.controlId}
        name={name}
        rows={rows}
        {...ids.aria}
        className={controlClass(error)}
        {...textarea}
      />
    </FieldFrame>
  );
}
