import { describe, expect, it } from "vitest";
import { captureStatements, db } from "~/lib/db.server";
import { apiFixture, call } from "./api-test-helpers";
import { deleteOldIdempotencyKeys, IDEMPOTENCY_KEEP_MS } from "./cleanup.server";
import { API_POINTS } from "./rate-limit.server";
import { revokeApiToken } from "./tokens.server";

describe("API tokens", () => {
  it("are stored only as a hash, with a recognisable prefix, and record when they were used", async () => {
    const { org, token } = await apiFixture();
    const secret = await token("read");
    expect(secret).toMatch(/^fpat_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findFirstOrThrow({ where: { orgId: org.id } });
    expect(JSON.stringify(row)).not.toContain(secret.slice(5));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.prefix).toBe(secret.slice(0, 9));
    expect(row.lastUsedAt).toBeNull();
    expect((await call("/roadmaps", { token: secret })).status).toBe(200);
    const used = await db.apiToken.findFirstOrThrow({ where: { id: row.id } });
    expect(used.lastUsedAt).not.toBeNull();
  });

  it("no token, a wrong one, a revoked and an expired one get 401 with a problem body", async () => {
    const { org, actor, token } = await apiFixture();
    const none = await call("/roadmaps");
    expect(none.status).toBe(401);
    expect(none.response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(none.response.headers.get("WWW-Authenticate")).toContain("Bearer");
    expect(none.json).toMatchObject({ status: 401, type: "/api/v1/docs#problem-unauthorized" });
    expect((await call("/roadmaps", { token: `fpat_${"x".repeat(43)}` })).status).toBe(401);

    const revoked = await token();
    const row = await db.apiToken.findFirstOrThrow({
      where: { orgId: org.id },
      orderBy: { createdAt: "desc" },
    });
    expect((await call("/roadmaps", { token: revoked })).status).toBe(200);
    expect((await revokeApiToken({ ...actor, tokenId: row.id })).status).toBe("ok");
    expect((await call("/roadmaps", { token: revoked })).status).toBe(401);

    const expiring = await token("read", "30");
    await db.apiToken.updateMany({
      where: { orgId: org.id, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await call("/roadmaps", { token: expiring })).status).toBe(401);
  });

  it("a token stops working when its maker may no longer manage integrations", async () => {
    const { org, user, token } = await apiFixture();
    const secret = await token();
    await db.membership.updateMany({
      where: { orgId: org.id, userId: user.id },
      data: { role: "member" },
    });
    expect((await call("/roadmaps", { token: secret })).status).toBe(401);
  });

  it("a read token reads but cannot write (403); a read_write token writes", async () => {
    const { task, token } = await apiFixture();
    const reader = await token("read");
    expect((await call(`/tasks/${task.id}`, { token: reader })).status).toBe(200);
    const refused = await call(`/tasks/${task.id}/complete`, { token: reader, method: "POST" });
    expect(refused.status).toBe(403);
    expect(refused.json.type).toBe("/api/v1/docs#problem-forbidden");
    const writer = await token("read_write");
    const done = await call(`/tasks/${task.id}/complete`, { token: writer, method: "POST" });
    expect(done.status).toBe(200);
    expect(done.json.status).toBe("done");
  });

  it("a token of organisation A finds none of organisation B's records (404) and lists only A's", async () => {
    const a = await apiFixture();
    const b = await apiFixture();
    const secret = await a.token();
    for (const path of [
      `/roadmaps/${b.roadmap.id}`,
      `/tasks/${b.task.id}`,
      `/kpis/${b.kpi.id}`,
      `/use-cases/${b.useCase.id}`,
    ])
      expect((await call(path, { token: secret })).status, path).toBe(404);
    expect(
      (await call(`/tasks/${b.task.id}/complete`, { token: secret, method: "POST" })).status,
    ).toBe(404);
    const patch = await call(`/tasks/${b.task.id}`, {
      token: secret,
      method: "PATCH",
      body: { title: "x", dueDate: "2026-03-10", status: "todo", version: 1 },
    });
    expect(patch.status).toBe(404);
    const measure = await call(`/kpis/${b.kpi.id}/measurements`, {
      token: secret,
      method: "POST",
      body: { date: "2026-03-10", value: 5 },
    });
    expect(measure.status).toBe(404);
    const created = await call("/tasks", {
      token: secret,
      method: "POST",
      body: { roadmapId: b.roadmap.id, phase: "pilot", title: "x", dueDate: "2026-04-01" },
    });
    expect(created.status).toBe(404);
    const listed = await call(`/tasks?roadmapId=${b.roadmap.id}`, { token: secret });
    expect(listed.json.data).toEqual([]);
    const all = await call("/roadmaps", { token: secret });
    expect(all.json.data.map((r: { id: string }) => r.id)).toEqual([a.roadmap.id]);
    const register = await call("/register", { token: secret });
    expect(register.json.data.map((r: { id: string }) => r.id)).toEqual([a.useCase.id]);
    // Nothing of B changed.
    const bTask = await db.task.findUniqueOrThrow({ where: { id: b.task.id } });
    expect(bTask.version).toBe(b.task.version);
    expect(bTask.completedAt).toBeNull();
  });

  it(`allows ${API_POINTS} requests a window per token, then 429 with Retry-After`, async () => {
    const { token } = await apiFixture();
    const secret = await token("read");
    const other = await token("read");
    const statuses: number[] = [];
    for (let i = 0; i < API_POINTS; i++)
      statuses.push((await call("/roadmaps", { token: secret })).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const limited = await call("/roadmaps", { token: secret });
    expect(limited.status).toBe(429);
    expect(Number(limited.response.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    // Another token of the same organisation has its own budget.
    expect((await call("/roadmaps", { token: other })).status).toBe(200);
  });

  it("refuses a body that is no JSON (415), broken JSON (400) and more than 1 MiB (413)", async () => {
    const { roadmap, token } = await apiFixture();
    const secret = await token();
    const form = await call("/tasks", {
      token: secret,
      method: "POST",
      body: "title=x",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    expect((await call("/tasks", { token: secret, method: "POST", body: "{nope" })).status).toBe(
      400,
    );
    const huge = await call("/tasks", {
      token: secret,
      method: "POST",
      body: {
        roadmapId: roadmap.id,
        phase: "pilot",
        title: "x".repeat(1_100_000),
        dueDate: "2026-04-01",
      },
    });
    expect(huge.status).toBe(413);
    expect((await call("/tasks", { token: secret, method: "DELETE" })).status).toBe(405);
  });
});

describe("API writes", () => {
  it("a stale task update gets 409 with the current task; nothing is written", async () => {
    const { task, token } = await apiFixture();
    const secret = await token();
    const body = {
      title: "Neu",
      dueDate: "2026-03-20",
      status: "in_progress",
      version: task.version,
    };
    const first = await call(`/tasks/${task.id}`, { token: secret, method: "PATCH", body });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      title: "Neu",
      status: "in_progress",
      version: task.version + 1,
    });
    const stale = await call(`/tasks/${task.id}`, {
      token: secret,
      method: "PATCH",
      body: { ...body, title: "Veraltet" },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ title: "Neu", version: task.version + 1 });
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).title).toBe("Neu");
  });

  it("bad fields get 422 naming each field, in the app's own rules (a due date outside the roadmap)", async () => {
    const { roadmap, token } = await apiFixture();
    const secret = await token();
    const answer = await call("/tasks", {
      token: secret,
      method: "POST",
      body: { roadmapId: roadmap.id, phase: "pilot", title: "  ", dueDate: "2031-01-01" },
    });
    expect(answer.status).toBe(422);
    const fields = answer.json.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["dueDate", "title"]);
  });

  it("every change through the API is audited like the page's, naming the token", async () => {
    const { org, task, token } = await apiFixture();
    const secret = await token();
    await call(`/tasks/${task.id}/complete`, { token: secret, method: "POST" });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { orgId: org.id, entity: "task", entityId: task.id, action: "complete" },
      select: { apiToken: { select: { name: true } }, actorId: true },
    });
    expect(event.apiToken?.name).toBe("Test read_write");
  });

  it("a measurement batch with the same Idempotency-Key twice writes one set of rows", async () => {
    const { org, kpi, token } = await apiFixture();
    const secret = await token();
    const body = {
      measurements: [
        { date: "2026-03-10", value: 16.5 },
        { date: "2026-03-11", value: 15 },
        { date: "2026-03-12", value: 14.25, note: "aus dem Ticketsystem" },
      ],
    };
    const headers = { "Idempotency-Key": "export-2026-03-12" };
    const first = await call(`/kpis/${kpi.id}/measurements`, {
      token: secret,
      method: "POST",
      body,
      headers,
    });
    expect(first.status).toBe(201);
    expect(first.json.recorded).toBe(3);
    const again = await call(`/kpis/${kpi.id}/measurements`, {
      token: secret,
      method: "POST",
      body,
      headers,
    });
    expect(again.status).toBe(201);
    expect(again.response.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.json).toEqual(first.json);
    expect(await db.kpiMeasurement.count({ where: { orgId: org.id, kpiId: kpi.id } })).toBe(3);
    const other = await call(`/kpis/${kpi.id}/measurements`, {
      token: secret,
      method: "POST",
      body: { date: "2026-03-13", value: 1 },
      headers,
    });
    expect(other.status).toBe(422);
    expect(other.json.type).toBe("/api/v1/docs#problem-idempotency_mismatch");
  });

  it("idempotency keys are kept for a day, then deleted", async () => {
    const { org, kpi, token } = await apiFixture();
    const secret = await token();
    for (const key of ["alt", "neu"])
      await call(`/kpis/${kpi.id}/measurements`, {
        token: secret,
        method: "POST",
        body: { date: "2026-03-10", value: 16 },
        headers: { "Idempotency-Key": key },
      });
    await db.apiIdempotencyKey.updateMany({
      where: { orgId: org.id, key: "alt" },
      data: { createdAt: new Date(Date.now() - IDEMPOTENCY_KEEP_MS - 1000) },
    });
    await deleteOldIdempotencyKeys();
    const left = await db.apiIdempotencyKey.findMany({
      where: { orgId: org.id },
      select: { key: true },
    });
    expect(left.map((k) => k.key)).toEqual(["neu"]);
  });

  it("a batch with one bad value writes nothing and names the item", async () => {
    const { org, kpi, token } = await apiFixture();
    const secret = await token();
    const answer = await call(`/kpis/${kpi.id}/measurements`, {
      token: secret,
      method: "POST",
      body: {
        measurements: [
          { date: "2026-03-10", value: 16 },
          { date: "2026-03-11", value: -4 },
        ],
      },
    });
    expect(answer.status).toBe(422);
    expect(answer.json.errors[0].field).toBe("measurements.1.value");
    expect(await db.kpiMeasurement.count({ where: { orgId: org.id } })).toBe(0);
  });
});

describe("API reads", () => {
  it("the task list narrows by roadmap, phase, status, owner and due days, pages by cursor, and reads each page in one statement", async () => {
    const { org, user, roadmap, task, token } = await apiFixture();
    const secret = await token("read");
    const firstTwo = await db.task.findMany({
      where: { orgId: org.id, id: { not: task.id } },
      orderBy: { id: "asc" },
      take: 2,
      select: { id: true },
    });
    await db.task.update({ where: { id: task.id }, data: { deletedAt: new Date() } });
    const blocked = firstTwo[1]!.id;
    await db.task.update({ where: { id: blocked }, data: { status: "blocked", ownerId: null } });
    const shown = await db.task.findMany({
      where: { orgId: org.id, deletedAt: null },
      orderBy: { id: "asc" },
      include: { phase: { select: { kind: true } } },
    });
    const ids = async (query: string) => {
      const answer = await call(`/tasks?${query}`, { token: secret });
      expect(answer.status, query).toBe(200);
      return (answer.json as { data: { id: string }[] }).data.map((t) => t.id);
    };

    // Deleted tasks are not listed; the rest in id order, in the wire format.
    let listed: { data: unknown[] } = { data: [] };
    const statements = await captureStatements(async () => {
      listed = (await call(`/tasks?limit=200&roadmapId=${roadmap.id}`, { token: secret }))
        .json as typeof listed;
    });
    expect(statements.filter((s) => /FROM\s+\S*Task\b/.test(s.sql))).toHaveLength(1);
    expect(listed.data.map((t) => (t as { id: string }).id)).toEqual(shown.map((t) => t.id));
    const head = shown[1]!;
    expect(listed.data[1]).toEqual({
      id: blocked,
      roadmapId: roadmap.id,
      title: head.title,
      description: head.description,
      status: "blocked",
      priority: head.priority,
      ownerId: null,
      phase: head.phase.kind,
      dueDate: head.dueDate.toISOString().slice(0, 10),
      completedAt: null,
      version: head.version,
      createdAt: head.createdAt.toISOString(),
      updatedAt: head.updatedAt.toISOString(),
    });

    expect(await ids("phase=scale&limit=200")).toEqual(
      shown.filter((t) => t.phase.kind === "scale").map((t) => t.id),
    );
    expect(await ids("status=blocked")).toEqual([blocked]);
    expect(await ids(`ownerId=${user.id}&limit=200`)).toEqual(
      shown.filter((t) => t.ownerId === user.id).map((t) => t.id),
    );
    const day = shown[3]!.dueDate.toISOString().slice(0, 10);
    expect(await ids(`dueBefore=${day}&dueAfter=${day}&limit=200`)).toEqual(
      shown.filter((t) => t.dueDate.toISOString().slice(0, 10) === day).map((t) => t.id),
    );

    // Two pages of two, then on from the second page's cursor.
    const first = await call("/tasks?limit=2", { token: secret });
    const page1 = first.json as { data: { id: string }[]; next: string };
    expect(page1.data.map((t) => t.id)).toEqual(shown.slice(0, 2).map((t) => t.id));
    const page2 = (await call(`/tasks?limit=2&cursor=${page1.next}`, { token: secret })).json as {
      data: { id: string }[];
    };
    expect(page2.data.map((t) => t.id)).toEqual(shown.slice(2, 4).map((t) => t.id));
    expect((await call("/tasks?phase=later", { token: secret })).status).toBe(400);
    expect((await call("/tasks?dueBefore=morgen", { token: secret })).status).toBe(400);
  });
});
