// Demo data for "Datenbasis prüfen": the two data sources of the pilot use case
// (customer-service reply drafts). The ticket system is fully checked; the service
// FAQ still lacks two checks, so the use case page, the analysis gate and the
// register have something to say. Called from seed-demo.ts inside its transaction,
// after the demo organisation was rebuilt, so it is idempotent with it.
import type { Db } from "~/lib/db.server";
import type { CheckAspect } from "~/modules/data-sources/fields";
import { addDaysIso, isoToUtcDate } from "~/modules/calendar/dates";
import type { DemoUserKey } from "./people";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

type Check = { aspect: CheckAspect; daysAgo: number; by: DemoUserKey; note?: string };

export async function seedDataSources(
  tx: Tx,
  {
    orgId,
    useCaseId,
    users,
    today,
  }: { orgId: string; useCaseId: string; users: Record<DemoUserKey, string>; today: string },
) {
  const sources: {
    data: {
      name: string;
      systemOfRecord: string;
      owner: DemoUserKey;
      kind: "customer" | "public";
      personalData: "ordinary" | "none";
      legalBasis: string | null;
      retention: string;
      sentToVendor: boolean;
    };
    checks: Check[];
  }[] = [
    {
      data: {
        name: "Service-Tickets (Kundenanfragen)",
        systemOfRecord: "Zammad Ticketsystem",
        owner: "member",
        kind: "customer",
        personalData: "ordinary",
        legalBasis: "b",
        retention: "3 Jahre nach Abschluss des Vorgangs",
        sentToVendor: true,
      },
      checks: [
        { aspect: "completeness", daysAgo: 20, by: "manager" },
        {
          aspect: "accuracy",
          daysAgo: 18,
          by: "member",
          note: "Stichprobe 50 Tickets: 3 veraltete Ersatzteilnummern korrigiert.",
        },
        { aspect: "timeliness", daysAgo: 18, by: "member" },
        {
          aspect: "representativeness",
          daysAgo: 15,
          by: "manager",
          note: "Alle drei Anfragearten vertreten, auch englischsprachige Kunden.",
        },
      ],
    },
    {
      data: {
        name: "Service-FAQ und Wartungshandbücher",
        systemOfRecord: "Website-FAQ und Confluence-Service-Wiki",
        owner: "member2",
        kind: "public",
        personalData: "none",
        legalBasis: null,
        retention: "Solange gültig; jährliche Überprüfung",
        sentToVendor: true,
      },
      checks: [
        { aspect: "completeness", daysAgo: 12, by: "member2" },
        {
          aspect: "accuracy",
          daysAgo: 12,
          by: "member2",
          note: "Wartungsintervalle mit der Technik abgeglichen.",
        },
      ],
    },
  ];

  for (const { data, checks } of sources) {
    const { owner, ...fields } = data;
    const source = await tx.dataSource.create({
      data: { ...fields, orgId, useCaseId, ownerId: users[owner] },
      select: { id: true },
    });
    await tx.dataSourceCheck.createMany({
      data: checks.map((c) => ({
        orgId,
        dataSourceId: source.id,
        aspect: c.aspect,
        checkedOn: isoToUtcDate(addDaysIso(today, -c.daysAgo)),
        checkedById: users[c.by],
        note: c.note ?? "",
      })),
    });
  }
}
