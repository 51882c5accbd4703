import type { SelectHTMLAttributes } from "react";
import { controlClass, FieldFrame, useFieldIds } from "./field-frame";

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  error?: string;
  hint?: string;
};

/** A labelled native select (keyboard and screen-reader friendly for free). */
export function Select({
  label,
  name,
  options,
  error,
  hint,
  id,
  className = "",
  ...select
}: SelectProps) {
  const ids = useFieldIds(name, id, hint, error);
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      required={Boolean(select.required)}
      className={className}
      {...ids}
    >
      <select
        id={ids.controlId}
        name={name}
        {...ids.aria}
        className={controlClass(error)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * A choice of person (owner, responsible member) with "nobody" first; the value is
 * the person's user id, or "" for nobody.
 */
export function PersonSelect({
  people,
  noneLabel,
  ...props
}: Omit<SelectProps, "options"> & {
  people: readonly { id: string; name: string }[];
  noneLabel: string;
}) {
  return (
    <Select
      {...props}
      options={[
        { value: "", label: noneLabel },
        ...people.map((person) => ({ value: person.id, label: person.name })),
      ]}
    />
  );
}
