import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { uniqueId } from "~/test/factories";
import { makeWorld } from "./mutations.test-helpers";
import { VERSIONED_PLAN_CASES } from "./versioned-edits-plan.test-helpers";
import { VERSIONED_RECORD_CASES } from "./versioned-edits-records.test-helpers";
import { NOT_EDITED } from "./versioned-edits.test-helpers";
import { VERSIONED_WEBHOOK_CASES } from "./mutations-webhooks.test-helpers";
import type { Answer } from "./versioned-edits.test-helpers";

/*
 * No lost writes, no empty history: every record with a version (prisma/models.prisma)
 * is saved through its module function (the one its route action calls) by 20 people
 * at once, all from the same version. Exactly one save wins and is stored; the other 19
 * are refused with the values now stored (the winner's), on SQLite and PostgreSQL alike.
 * And a save that changes nothing writes no audit event and keeps the version.
 */

const CASES = [...VERSIONED_PLAN_CASES, ...VERSIONED_RECORD_CASES, ...VERSIONED_WEBHOOK_CASES];
const PARALLEL = 20;
/** A world with a template roadmap and 20 transactions: more than the default 5 s on a busy machine. */
const TIMEOUT = 30_000;

/** The models that carry `version Int`, read from the schema. */
function versionedModels(): string[] {
  const schema = readFileSync("prisma/models.prisma", "utf8");
  return [...schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)]
    .filter(([, , body]) => /^\s+version\s+Int\b/m.test(body!))
    .map(([, name]) => name!);
}

describe("every editable record is saved with a version check", () => {
  it("has a case for every model with a version", () => {
    const covered = new Set(CASES.map((c) => c.model));
    const missing = versionedModels().filter((m) => !covered.has(m) && !(m in NOT_EDITED));
    expect(missing, "versioned models whose save no case runs").toEqual([]);
    for (const model of Object.keys(NOT_EDITED)) expect(covered.has(model), model).toBe(false);
  });

  it.each(CASES.map((c) => [`${c.model}: ${c.name}`, c] as const))(
    "%s: of 20 parallel saves from one version, one wins and 19 get the current values",
    async (_label, versionedCase) => {
      const edit = await versionedCase.prepare(await makeWorld());
      const { version } = await edit.stored();
      const answers: Answer[] = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) => edit.save(i, version, uniqueId("req"))),
      );
      const winners = answers.flatMap((a, i) => (a === "saved" ? [i] : []));
      expect(winners, "saves that went through").toHaveLength(1);
      const stored = await edit.stored();
      expect(stored).toEqual({ value: edit.expected(winners[0]!), version: version + 1 });
      const conflicts = answers.filter((a) => a !== "saved");
      expect(conflicts).toHaveLength(PARALLEL - 1);
      for (const conflict of conflicts) expect(conflict).toEqual({ current: stored });
    },
    TIMEOUT,
  );

  it.each(CASES.map((c) => [`${c.model}: ${c.name}`, c] as const))(
    "%s: a save without a change writes no history entry and keeps the version",
    async (_label, versionedCase) => {
      const edit = await versionedCase.prepare(await makeWorld());
      const first = await edit.stored();
      expect(await edit.save(0, first.version, uniqueId("req"))).toBe("saved");
      const saved = await edit.stored();
      expect(saved.version).toBe(first.version + 1);

      const requestId = uniqueId("req");
      expect(await edit.save(0, saved.version, requestId), "answers success").toBe("saved");
      expect(await db.auditEvent.count({ where: { requestId } })).toBe(0);
      expect(await edit.stored()).toEqual(saved);
    },
    TIMEOUT,
  );
});
