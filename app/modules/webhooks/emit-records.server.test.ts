import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { addMember, createOrgWithMember, createOrgWithRoadmap } from "~/test/factories";
import { assessCv, setup as assessmentSetup } from "../assessments/assessments.server.test-helpers";
import { createKpi } from "../kpis/edit.server";
import { recordMeasurement } from "../kpis/measurements.server";
import { decideGate, requestGateApproval } from "../roadmaps/gates.server";
import type { WebhookPayload } from "./events";
import { createEndpoint, settleOtherDeliveries } from "./webhooks.test-helpers";

// The other events, each from the module function its page calls, with its record.

const HOOK = "https://hooks.example.com/in";
const payloads = async (endpointId: string) =>
  (
    await db.webhookDelivery.findMany({
      where: { endpointId },
      orderBy: { createdAt: "asc" },
      select: { payload: true },
    })
  ).map((d) => JSON.parse(d.payload) as WebhookPayload);

describe("emitting the record events", () => {
  beforeAll(settleOtherDeliveries);

  it("measurement.recorded carries the measurement with its KPI", async () => {
    const { org, user } = await createOrgWithMember("manager");
    const endpoint = await createEndpoint(org.id, HOOK, ["measurement.recorded"]);
    const kpi = await createKpi({
      orgId: org.id,
      actorId: user.id,
      input: {
        name: "Minuten pro Anfrage",
        category: "efficiency",
        unit: "min",
        direction: "lower_is_better",
        baseline: 20,
        target: 10,
        baselineDate: "2026-03-02",
        targetDate: "2026-05-30",
        roadmapId: null,
        ownerId: null,
        useCaseId: null,
      },
    });
    if (!kpi.ok) throw new Error("no KPI");
    const recorded = await recordMeasurement({
      orgId: org.id,
      actorId: user.id,
      kpiId: kpi.id,
      input: { value: 15, date: "2026-04-01", note: "" },
      today: "2026-04-20",
    });
    expect(recorded.status).toBe("recorded");
    expect(await payloads(endpoint.id)).toMatchObject([
      {
        event: "measurement.recorded",
        data: {
          kpiId: kpi.id,
          kpiName: "Minuten pro Anfrage",
          value: 15,
          date: "2026-04-01",
          recordedBy: { id: user.id },
        },
      },
    ]);
  });

  it("assessment.completed carries the tier and the use case", async () => {
    const { org, actor, useCaseId } = await assessmentSetup();
    const endpoint = await createEndpoint(org.id, HOOK, ["assessment.completed"]);
    const assessmentId = await assessCv(actor, useCaseId);
    const [sent, ...more] = await payloads(endpoint.id);
    expect(more).toEqual([]);
    expect(sent).toMatchObject({
      event: "assessment.completed",
      data: { id: assessmentId, useCaseId, useCaseTitle: "Bewerbungen vorsortieren" },
    });
    expect((sent!.data as { tier: unknown }).tier).toEqual(expect.any(String));
  });

  it("gate.decided carries the decision and who made it", async () => {
    const { org, actor, roadmap } = await createOrgWithRoadmap();
    const owner = await addMember(org.id, "owner");
    const endpoint = await createEndpoint(org.id, HOOK, ["gate.decided"]);
    const phase = { roadmapId: roadmap.id, phase: "analysis" as const };
    await requestGateApproval({ ...actor, ...phase });
    await decideGate({
      orgId: org.id,
      actorId: owner.id,
      ...phase,
      decision: "approve",
      comment: "Gut",
    });
    expect(await payloads(endpoint.id)).toMatchObject([
      {
        event: "gate.decided",
        data: {
          roadmapId: roadmap.id,
          phase: "analysis",
          status: "approved",
          comment: "Gut",
          decidedBy: { id: owner.id },
        },
      },
    ]);
  });
});
