import type { RouterContextProvider } from "react-router";
import { requestContext } from "~/lib/context.server";
import { notFound } from "~/lib/http.server";
import { createT } from "~/lib/i18n";
import { IdParamSchema } from "~/lib/params";

/** The request's locale, its translator and request id, for loaders and actions. */
export function requestT(context: Readonly<RouterContextProvider>) {
  const { locale, requestId } = context.get(requestContext);
  return { locale, requestId, t: createT(locale) };
}

/** A use-case or assessment id from the URL; anything else is a 404, never a query. */
export function idParam(value: string | undefined): string {
  const parsed = IdParamSchema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** The first value of each submitted field, to show a form again as it was typed. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !(key in values)) values[key] = value;
  }
  return values;
}

/** Field errors for links to a roadmap or owner outside the organisation. */
export function referenceErrors(
  invalid: readonly ("roadmapId" | "ownerId")[],
  t: ReturnType<typeof createT>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (invalid.includes("roadmapId")) errors.roadmapId = t("useCases.validation.roadmap");
  if (invalid.includes("ownerId")) errors.ownerId = t("useCases.validation.owner");
  return errors;
}
