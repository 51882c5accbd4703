// The closing review's form actions (issue 16), for form-actions.spec.ts: on a roadmap
// without use cases. The per-use-case fields are named by the use case's id; they are
// covered by app/modules/reviews/*.test.ts and e2e/closing-review.spec.ts.
import type { Ctx, FormAction } from "./form-actions-harness";

const review = ({ org }: Ctx) => `/o/${org.org.slug}/roadmaps/${org.roadmapId}/review`;
const FIELDS = {
  intent: { kind: "intent" },
  summary: { kind: "multiline", max: 5000, optional: true },
  version: { kind: "version" },
} as const;

export const REVIEW_FORMS: FormAction[] = [
  {
    route: "routes/org/roadmaps/review.tsx",
    intent: "save",
    path: review,
    form: () => ({ summary: "Skalieren, was trägt.", version: "1" }),
    fields: FIELDS,
    audit: { entity: "roadmap_review", action: "create" },
  },
  {
    route: "routes/org/roadmaps/review.tsx",
    intent: "complete",
    implicit: true,
    path: review,
    form: () => ({ summary: "Abgeschlossen.", version: "1" }),
    fields: FIELDS,
    audit: { entity: "roadmap_review", action: "complete", also: [["roadmap", "status"]] },
  },
];
