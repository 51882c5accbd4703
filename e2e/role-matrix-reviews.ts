// The closing review's rows of the role matrix (issue 16): saving a draft, completing the
// review and generating the next roadmap from it, each with what shows in the database.
// role-matrix.spec.ts runs them with the other rows; the cell's organisation has a roadmap
// with a piloting use case (`pilot`).
import type { Role } from "../app/lib/permissions";
import { addDaysIso, todayIso } from "../app/modules/calendar/dates";
import { createCompletedReview, e2eDb } from "./factories";
import type { Mutation } from "./role-matrix-governance";

const review = (o: { org: { slug: string }; roadmapId?: string }) =>
  `/o/${o.org.slug}/roadmaps/${o.roadmapId}/review`;

/** A decision for each use case of the cell's roadmap: the last one stopped, the others scaled. */
async function decisions(roadmapId: string | undefined) {
  const useCases = await e2eDb().useCase.findMany({
    where: { roadmapId },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return Object.fromEntries(
    useCases.flatMap((u, i) =>
      i === useCases.length - 1
        ? [
            [`decision-${u.id}`, "stop"],
            [`reason-${u.id}`, "Kein Nutzen"],
          ]
        : [[`decision-${u.id}`, "scale"]],
    ),
  );
}

/** The review's form as a manager sends it: every use case decided. */
async function reviewForm(o: { roadmapId?: string }, intent: string, summary: string) {
  return { intent, version: "1", summary, ...(await decisions(o.roadmapId)) };
}

export const REVIEW_MUTATIONS: Mutation[] = [
  {
    action: "roadmap:update (closing review draft)",
    pilot: true,
    path: review,
    form: (o) => reviewForm(o, "save", "Entwurf"),
    applied: async (o) =>
      (await e2eDb().roadmapReview.count({
        where: { orgId: o.org.id, summary: "Entwurf", decisions: { some: {} } },
      })) === 1,
  },
  {
    action: "roadmap:update (complete the closing review)",
    pilot: true,
    path: review,
    form: (o) => reviewForm(o, "complete", "Fertig"),
    applied: async (o) => {
      const roadmap = await e2eDb().roadmap.findUniqueOrThrow({
        where: { id: o.roadmapId },
        select: { status: true, review: { select: { completedAt: true } } },
      });
      return roadmap.status === "completed" && Boolean(roadmap.review?.completedAt);
    },
  },
  {
    action: "roadmap:update (generate the next roadmap)",
    pilot: true,
    path: (o) => `/o/${o.org.slug}/roadmaps/${o.roadmapId}/next`,
    // The cell's roadmap gets its completed review first (the factory's: scale, adjust, stop).
    form: async (o) => {
      await createCompletedReview(o);
      // The factory's roadmap began 14 days ago: the suggested start is the day after its 90.
      return { startDate: addDaysIso(todayIso(), 76), title: "Matrix: nächster Fahrplan" };
    },
    applied: async (o) =>
      (await e2eDb().roadmap.count({
        where: { orgId: o.org.id, predecessorId: o.roadmapId, title: "Matrix: nächster Fahrplan" },
      })) === 1,
  },
];

/** Who may do what. Deliberately written out, not derived from app/lib/permissions.ts. */
export const REVIEW_EXPECTED: Record<string, Role[]> = {
  "roadmap:update (closing review draft)": ["owner", "manager"],
  "roadmap:update (complete the closing review)": ["owner", "manager"],
  "roadmap:update (generate the next roadmap)": ["owner", "manager"],
};
