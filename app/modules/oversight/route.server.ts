import type { RouterContextProvider } from "react-router";
import { requestContext } from "~/lib/context.server";
import { notFound } from "~/lib/http.server";
import { createT, formatDate } from "~/lib/i18n";
import { getOrgScope, getUser } from "~/lib/middleware.server";
import { IdParamSchema } from "~/lib/params";
import { safeReturnPath } from "~/lib/paths";
import type { IsoDate } from "../calendar/dates";
import { followUpDefaults } from "./follow-up";
import { getOversightUseCase } from "./oversight.server";
import type { OversightUseCase, ReviewFormOptions } from "./oversight.server";
import type { ReviewInput, ReviewRules } from "./schema";

/** An id from the URL; anything malformed is a 404, never a database error. */
export function idParam(value: string | undefined): string {
  const parsed = IdParamSchema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/**
 * What every oversight route starts with: who, where, in which language, and the use
 * case of the URL (404 when it is not this organisation's).
 */
export async function oversightRoute(
  context: Readonly<RouterContextProvider>,
  params: { useCaseId?: string },
) {
  const scope = getOrgScope(context);
  const user = getUser(context);
  const { locale, requestId } = context.get(requestContext);
  const useCaseId = idParam(params.useCaseId);
  const useCase = await getOversightUseCase({ orgId: scope.org.id, useCaseId });
  if (!useCase) notFound();
  return {
    scope,
    user,
    locale,
    t: createT(locale),
    actor: { orgId: scope.org.id, actorId: user.id, requestId },
    useCase,
    logPath: `/o/${scope.org.slug}/use-cases/${useCase.id}/oversight`,
  };
}

export function reviewRules(useCase: OversightUseCase, today: IsoDate): ReviewRules {
  return { today, roadmap: useCase.roadmap ?? null };
}

/** Where a follow-up task would go (phase, date range), or null without a roadmap. */
export function followUpOffer(useCase: OversightUseCase, today: IsoDate) {
  if (!useCase.roadmap) return null;
  return {
    roadmapTitle: useCase.roadmap.title,
    phase: followUpDefaults(useCase.roadmap, today).phase,
    startDate: useCase.roadmap.startDate,
    endDate: useCase.roadmap.endDate,
  };
}

/** The form's starting values: today, the last reviewer and batch size, a follow-up task. */
export function newReviewValues(
  useCase: OversightUseCase,
  options: ReviewFormOptions,
  today: IsoDate,
  t: ReturnType<typeof createT>,
) {
  const owner = options.people.find((p) => p.id === useCase.ownerId && p.canOwnTasks);
  return {
    date: today,
    reviewerId: options.last.reviewerId,
    reviewedCount: options.last.reviewedCount?.toString() ?? "",
    correctedCount: "0",
    rejectedCount: "0",
    approvedCount: "",
    createFollowUp: "on",
    followUpTitle: t("oversight.followUp.defaultTitle", { useCase: useCase.title }),
    followUpOwnerId: owner?.id ?? options.last.reviewerId,
    followUpDueDate: useCase.roadmap ? followUpDefaults(useCase.roadmap, today).dueDate : "",
  };
}

/** The follow-up task's description, in the language of the person recording. */
export function followUpDescription(
  useCase: OversightUseCase,
  input: ReviewInput,
  locale: "de" | "en",
) {
  const t = createT(locale);
  return t("oversight.followUp.description", {
    date: formatDate(input.date, locale),
    useCase: useCase.title,
    description: input.incident?.description ?? "",
  });
}

/** Back to where the form was opened from, if that is a page of this organisation. */
export function returnPath(value: unknown, orgSlug: string, fallback: string) {
  return safeReturnPath(value, orgSlug, fallback);
}
