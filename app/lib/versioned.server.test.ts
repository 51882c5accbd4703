import { describe, expect, it } from "vitest";
import { deleteVersioned, isUnchanged, saveVersioned } from "./versioned.server";

describe("isUnchanged", () => {
  it("compares the fields a save gives, leaving out those it leaves alone", () => {
    const stored = { title: "Plan", budget: 100, ownerId: null, version: 3 };
    expect(isUnchanged(stored, { title: "Plan", budget: 100, ownerId: null })).toBe(true);
    expect(isUnchanged(stored, { title: "Plan", source: undefined })).toBe(true);
    expect(isUnchanged(stored, { title: "Plan ", budget: 100 })).toBe(false);
    expect(isUnchanged(stored, { ownerId: "" })).toBe(false);
    expect(isUnchanged(stored, { budget: 100.5 })).toBe(false);
  });

  it("compares dates by instant and never a date with text", () => {
    const stored = { due: new Date("2026-03-09T00:00:00Z"), day: "2026-03-09" };
    expect(isUnchanged(stored, { due: new Date("2026-03-09T00:00:00.000Z") })).toBe(true);
    expect(isUnchanged(stored, { due: new Date("2026-03-10T00:00:00Z") })).toBe(false);
    expect(isUnchanged(stored, { day: new Date("2026-03-09T00:00:00Z") })).toBe(false);
  });
});

describe("saveVersioned and deleteVersioned", () => {
  const row = { label: "Lizenzen", version: 2 };
  const never = () => Promise.reject(new Error("must not write"));

  it("writes nothing for another version, or for no change", async () => {
    const read = () => Promise.resolve(row);
    expect(
      await saveVersioned({ read, version: 1, isUnchanged: () => false, write: never }),
    ).toEqual({ status: "conflict", current: row });
    expect(
      await saveVersioned({ read, version: 2, isUnchanged: () => true, write: never }),
    ).toEqual({ status: "unchanged", current: row });
    expect(await deleteVersioned({ read, version: 1, remove: never })).toEqual({
      status: "conflict",
      current: row,
    });
  });

  it("after a lost race answers with the values read again, not the ones it started from", async () => {
    const winner = { label: "Beratung", version: 3 };
    const reads = [row, winner];
    const read = () => Promise.resolve(reads.shift() ?? null);
    const lost = () => Promise.resolve({ count: 0 });
    expect(
      await saveVersioned({ read, version: 2, isUnchanged: () => false, write: lost }),
    ).toEqual({ status: "conflict", current: winner });
    const gone = [row];
    expect(
      await deleteVersioned({
        read: () => Promise.resolve(gone.shift() ?? null),
        version: 2,
        remove: lost,
      }),
    ).toEqual({ status: "not_found" });
  });

  it("lets a domain rule refuse before anything is written", async () => {
    const read = () => Promise.resolve(row);
    const refused = { status: "locked" } as const;
    expect(
      await saveVersioned({
        read,
        version: 2,
        isUnchanged: () => false,
        refuse: () => refused,
        write: never,
      }),
    ).toEqual(refused);
  });
});
