import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { ACTIONS } from "~/lib/permissions";
import type { Action } from "~/lib/permissions";
import { uniqueId } from "~/test/factories";
import { GOVERNANCE_CASES } from "./mutations-governance.test-helpers";
import { ACCOUNT_CASES } from "./mutations-accounts.test-helpers";
import { PLAN_CASES } from "./mutations-plan.test-helpers";
import { RECORD_CASES } from "./mutations-records.test-helpers";
import { makeWorld } from "./mutations.test-helpers";
import { WEBHOOK_CASES } from "./mutations-webhooks.test-helpers";

/*
 * Every mutation writes exactly one audit event, in its transaction, with the request id
 * of the request that caused it. The cases cover every action of the permission map
 * (app/lib/permissions.ts): a new permission without a case fails the first test, and a
 * module mutation that forgets its event fails its own. (The form-level counterpart, over
 * every route action and intent, is e2e/form-actions.spec.ts.)
 */

const CASES = [
  ...ACCOUNT_CASES,
  ...PLAN_CASES,
  ...GOVERNANCE_CASES,
  ...RECORD_CASES,
  ...WEBHOOK_CASES,
];

/** Permissions to read, which change nothing. */
const READS: readonly Action[] = ["audit:read", "audit:read-own", "report:read"];

/** Permissions granted in the map whose feature does not exist yet: no mutation to audit. */
const NOT_BUILT: readonly Action[] = ["org:delete", "roadmap:delete"];

describe("every mutation is audited", () => {
  it("has a case for every permission that changes data", () => {
    const covered = new Set(CASES.map((c) => c.permission));
    const uncovered = ACTIONS.filter(
      (action) => !READS.includes(action) && !NOT_BUILT.includes(action) && !covered.has(action),
    );
    expect(uncovered, "permissions whose mutations no case runs").toEqual([]);
    for (const action of NOT_BUILT) expect(covered.has(action), action).toBe(false);
  });

  it.each(CASES.map((c) => [`${c.permission}: ${c.name}`, c] as const))(
    "%s writes exactly its one event",
    async (_label, mutationCase) => {
      const world = await makeWorld();
      const requestId = uniqueId("req");
      await mutationCase.run(world, requestId);
      const events = await db.auditEvent.findMany({
        where: { requestId },
        select: { entity: true, action: true },
      });
      const names = events.map((e) => `${e.entity}:${e.action}`);
      const [entity, action] = mutationCase.writes;
      const alongside = new Set((mutationCase.also ?? []).map(([e, a]) => `${e}:${a}`));
      expect(names.filter((n) => n === `${entity}:${action}`)).toHaveLength(1);
      expect(names.filter((n) => n !== `${entity}:${action}` && !alongside.has(n))).toEqual([]);
    },
  );
});
