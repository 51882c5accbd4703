// Helpers for the data-source specs (issue 14): records straight in the database.
import { todayIso } from "../app/modules/calendar/dates";
import { e2eDb } from "./factories";
import type { TestOrg } from "./factories";

/** A piloting use case on the organisation's roadmap. */
export async function pilotUseCase(org: TestOrg, title = "Antwortentwürfe Kundenservice") {
  return e2eDb().useCase.create({
    data: { orgId: org.org.id, roadmapId: org.roadmapId ?? null, title, status: "piloting" },
    select: { id: true },
  });
}

/** A source straight in the database, with the given aspects checked. */
export async function seedSource(
  org: TestOrg,
  useCaseId: string,
  name: string,
  checked: ("completeness" | "accuracy" | "timeliness" | "representativeness")[] = [],
) {
  return e2eDb().dataSource.create({
    data: {
      orgId: org.org.id,
      useCaseId,
      name,
      kind: "public",
      personalData: "none",
      checks: {
        create: checked.map((aspect) => ({
          orgId: org.org.id,
          aspect,
          checkedOn: new Date(`${todayIso()}T00:00:00Z`),
          checkedById: org.users.manager.id,
        })),
      },
    },
    select: { id: true },
  });
}
