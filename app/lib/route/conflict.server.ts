import { data } from "react-router";
import { submittedValues } from "../forms.server";
import type { FieldErrors } from "../forms.server";

/**
 * The answer to a save or delete that lost against a parallel one (409; the module said
 * "conflict", app/lib/versioned.server.ts): what the person typed goes back into the
 * form, `current` is what is stored now, `formError` says what happened. Pages export
 * `revalidateAfterConflict` (app/lib/route/revalidate.ts) as their shouldRevalidate, so
 * their data, and with it the form's hidden version, is the current one afterwards: a
 * second save then knowingly replaces what is stored.
 */
export function conflictReply<Current, Extra extends object>(
  formData: FormData,
  { formError, current }: { formError: string; current: Current },
  extra: Extra,
) {
  const body: ConflictBody<Current> = {
    ok: false,
    fieldErrors: {},
    values: submittedValues(formData),
    formError,
    current,
  };
  return data({ ...extra, ...body }, { status: 409 });
}

type ConflictBody<Current> = {
  ok: false;
  fieldErrors: FieldErrors;
  values: Record<string, string>;
  formError: string;
  current: Current;
};
