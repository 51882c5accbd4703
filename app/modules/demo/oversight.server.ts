// The demo organisation's human-oversight log (issue 14): the service team checks the
// AI's reply drafts three times a week since the roadmap started, corrections fall from
// about 30 % to about 8 %, one low incident and one high one whose follow-up task is
// still open; plus the correction-rate KPI that reads the log. Called from seed-demo.ts
// inside its transaction; dates relative to today.
import type { Prisma } from "~/lib/db.server";
import { CORRECTION_RATE_TARGET } from "~/modules/oversight/kpi-offer";
import { toSamples, weeklyRates } from "~/modules/oversight/rates";
import { addDaysIso, diffDaysIso, isoToUtcDate, isoWeekday } from "~/modules/calendar/dates";
import type { IsoDate } from "~/modules/calendar/dates";
import { roadmapEndDate, templateSpan } from "~/modules/calendar/phase-dates";
import { followUpDefaults } from "~/modules/oversight/follow-up";
import { insertTask } from "~/modules/tasks/tasks.server";

type Tx = Prisma.TransactionClient;

const NOTES = [
  "Ersatzteilnummern im Entwurf zweimal falsch übernommen – Stammdaten prüfen.",
  "Lieferstatus-Anfragen fast alle unverändert freigegeben.",
  "Anrede bei Stammkunden oft zu förmlich; korrigiert.",
  "",
  "Wartungstermine korrekt, Preise bei zwei Entwürfen veraltet.",
  "",
];

export async function seedOversightDemo(
  tx: Tx,
  {
    orgId,
    roadmapId,
    useCaseId,
    reviewers,
    manager,
    startDate,
    today,
  }: {
    orgId: string;
    roadmapId: string;
    useCaseId: string;
    /** The two service-team members who review the drafts, in turn. */
    reviewers: [string, string];
    /** Owns the follow-up task of the high incident. */
    manager: string;
    startDate: IsoDate;
    today: IsoDate;
  },
) {
  const span = Math.max(1, diffDaysIso(startDate, today));
  const reviews: Prisma.OversightReviewCreateManyInput[] = [];
  let session = 0;
  for (let day = 0; addDaysIso(startDate, day) <= today; day++) {
    const date = addDaysIso(startDate, day);
    // Monday, Wednesday and Friday: a review session on each.
    if (![1, 3, 5].includes(isoWeekday(date))) continue;
    const reviewed = 28 + ((session * 7) % 17);
    // From about 31 % at the start to about 8 % today, with a little wobble.
    const rate = 0.31 - 0.23 * (day / span) + ((session % 3) - 1) * 0.015;
    const changed = Math.max(1, Math.round(reviewed * rate));
    const rejected = Math.round(changed * 0.3);
    reviews.push({
      orgId,
      useCaseId,
      date: isoToUtcDate(date),
      reviewerId: reviewers[session % 2],
      recordedById: reviewers[session % 2],
      reviewedCount: reviewed,
      approvedCount: reviewed - changed,
      correctedCount: changed - rejected,
      rejectedCount: rejected,
      note: NOTES[session % NOTES.length]!,
    });
    session++;
  }
  if (reviews.length < 4) return;

  // A low incident in the second week: a wrong tone, caught before sending.
  const low = reviews[4]!;
  Object.assign(low, {
    hasIncident: true,
    incidentSeverity: "low",
    incidentDescription:
      "Entwurf an einen langjährigen Kunden im Ton einer Mahnung formuliert; vor dem Versand korrigiert.",
  });

  // A high incident a few days ago, with its follow-up task in the current phase.
  const high = reviews[reviews.length - 2]!;
  const highDate = (high.date as Date).toISOString().slice(0, 10);
  const { phase, dueDate } = followUpDefaults(templateSpan(startDate), today);
  const phaseRow = await tx.phase.findFirst({
    where: { orgId, roadmapId, kind: phase },
    select: { id: true },
  });
  const task = phaseRow
    ? await insertTask(tx, {
        orgId,
        actorId: manager,
        roadmapId,
        phaseId: phaseRow.id,
        data: {
          title: "Vorfall nachbereiten: zusammengeführte Tickets vom KI-Entwurf ausschließen",
          description: `Schwerer Vorfall am ${highDate}: Ein Antwortentwurf enthielt Name und Lieferadresse eines anderen Kunden, weil zwei Tickets im Ticketsystem zusammengeführt waren. Beim Prüfen erkannt und verworfen.\n\nZusammengeführte Tickets bis zur Klärung vom KI-Entwurf ausschließen; Datenschutzbeauftragte informieren.`,
          ownerId: manager,
          dueDate: dueDate < today ? today : dueDate,
          priority: "high",
        },
      })
    : null;
  Object.assign(high, {
    hasIncident: true,
    incidentSeverity: "high",
    incidentDescription:
      "Entwurf enthielt Name und Lieferadresse eines anderen Kunden (zwei zusammengeführte Tickets). Beim Prüfen erkannt und verworfen, nicht versendet.",
    followUpTaskId: task?.id ?? null,
  });
  await tx.oversightReview.createMany({ data: reviews });

  // The correction-rate KPI, as "create correction-rate KPI" would make it: the first
  // week's rate as baseline, 10 % as target at the roadmap's end.
  const firstWeek = weeklyRates(
    toSamples(
      "oversight_correction_rate",
      reviews.slice(0, 3).map((r) => ({
        date: (r.date as Date).toISOString().slice(0, 10),
        reviewed: r.reviewedCount,
        approved: r.approvedCount,
        corrected: r.correctedCount,
        rejected: r.rejectedCount,
      })),
    ),
  )[0];
  await tx.kpi.create({
    data: {
      orgId,
      roadmapId,
      useCaseId,
      ownerId: reviewers[0],
      name: "Korrekturquote Antwortentwürfe",
      category: "quality",
      unit: "%",
      direction: "lower_is_better",
      baseline: Math.max(CORRECTION_RATE_TARGET, firstWeek?.value ?? 30),
      target: CORRECTION_RATE_TARGET,
      baselineDate: isoToUtcDate(startDate),
      targetDate: isoToUtcDate(roadmapEndDate(templateSpan(startDate))),
      source: "oversight_correction_rate",
    },
  });
}
