import { describe, expect, it } from "vitest";
import { renderMail } from "../mail/render.server";
import { oneLine } from "../mail/mails";

// The notification and digest mails in both languages: subject, link, plain text, the
// unsubscribe link, and no header injection through names.

const link = "https://fahrplan.example.de/o/acme/roadmaps/r1/tasks/t1";
const unsubscribe = "https://fahrplan.example.de/unsubscribe/abc.def";
const notification = (
  event:
    | "task_assigned"
    | "task_due"
    | "task_overdue"
    | "gate_requested"
    | "gate_decided"
    | "incident_high",
  params: Record<string, string>,
) =>
  ({
    kind: "notification",
    event,
    params,
    name: "Greta",
    org: "Müller & Söhne",
    link,
    unsubscribe,
  }) as const;

describe("notification mails", () => {
  it("a task assigned, in German and English: subject, link and unsubscribe in HTML and text", () => {
    const input = notification("task_assigned", { actor: "Anna Weber", task: "DSGVO prüfen" });
    const de = renderMail(input, "de");
    expect(de.subject).toBe("Anna Weber hat Ihnen die Aufgabe „DSGVO prüfen“ zugewiesen");
    expect(de.text).toMatch(
      /^Hallo Greta,\n\nin Müller & Söhne bei Fahrplan ist Folgendes passiert:/,
    );
    expect(de.text).toContain(`In Fahrplan öffnen:\n${link}`);
    expect(de.text).toContain(`Keine Mails dieser Art mehr (ein Klick): ${unsubscribe}`);
    expect(de.html).toContain(`href="${link}"`);
    expect(de.html).toContain(`href="${unsubscribe}"`);
    expect(de.html).toMatch(/<html lang="de">/);
    const en = renderMail(input, "en");
    expect(en.subject).toBe("Anna Weber assigned you the task “DSGVO prüfen”");
    expect(en.text).toContain(`Open in Fahrplan:\n${link}`);
    expect(en.text).toContain(`No more mails of this kind (one click): ${unsubscribe}`);
  });

  it("each event has its own subject in both languages", () => {
    const cases = [
      [
        notification("task_due", { task: "T" }),
        "Ihre Aufgabe „T“ ist morgen fällig",
        "Your task “T” is due tomorrow",
      ],
      [
        notification("task_overdue", { task: "T" }),
        "Ihre Aufgabe „T“ ist überfällig",
        "Your task “T” is overdue",
      ],
      [
        notification("gate_requested", { actor: "A", phase: "pilot", roadmap: "R" }),
        "A bittet um Freigabe des Gates „Pilot mit Governance“ in „R“",
        "A asks for approval of the gate “Pilot with governance” in “R”",
      ],
      [
        notification("gate_decided", {
          actor: "A",
          phase: "analysis",
          roadmap: "R",
          decision: "reject",
        }),
        "A hat das Gate „Analyse & Fokus“ in „R“ abgelehnt",
        "A rejected the gate “Analysis & focus” in “R”",
      ],
      [
        notification("incident_high", { useCase: "Chatbot" }),
        "Schwerer Vorfall im Anwendungsfall „Chatbot“",
        "High-severity incident in the use case “Chatbot”",
      ],
    ] as const;
    for (const [input, de, en] of cases) {
      expect(renderMail(input, "de").subject).toBe(de);
      expect(renderMail(input, "en").subject).toBe(en);
    }
  });

  it("a name with a line break cannot start another header: subjects stay one line", () => {
    const input = notification("task_assigned", {
      actor: "Eve\r\nBcc: victim@example.test",
      task: "X\nY",
    });
    const mail = renderMail(input, "en");
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toBe("Eve Bcc: victim@example.test assigned you the task “X Y”");
    expect(renderMail({ ...input, org: "Evil\r\nX-Injected: 1" }, "de").text).toContain(
      "Evil X-Injected: 1",
    );
    expect(oneLine("a\u2028b\u0000c")).toBe("a b c");
  });
});

describe("the weekly digest mail", () => {
  const digest = {
    kind: "digest",
    name: "Olga",
    org: "Acme",
    week: 50,
    overdue: [{ title: "Alt", dueDate: "1. Dez. 2026", link: `${link}/old` }],
    dueThisWeek: [],
    headlines: [
      {
        roadmap: "Pilot",
        percentDone: 40,
        expectedPercent: 55,
        kpisAtRisk: 1,
        openGates: 0,
        budgetUsedPercent: 30,
        link: "https://fahrplan.example.de/o/acme/dashboard/r1",
      },
    ],
    link: "https://fahrplan.example.de/o/acme/my-tasks",
    unsubscribe,
  } as const;

  it("in German: week, overdue, nothing due, the headline, the links", () => {
    const mail = renderMail(digest, "de");
    expect(mail.subject).toBe("Ihre Woche in Acme (KW 50)");
    expect(mail.text).toContain(`Überfällig\n- Alt (fällig am 1. Dez. 2026)\n  ${link}/old`);
    expect(mail.text).toContain("Diese Woche fällig\n- Diese Woche ist nichts von Ihnen fällig.");
    expect(mail.text).toContain("Fahrplan „Pilot“\n- 40 % erledigt, 55 % wären es nach Plan");
    expect(mail.text).toContain(
      "- 1 Kennzahl gefährdet\n- Kein Gate wartet auf eine Entscheidung\n- 30 % des Budgets verbraucht",
    );
    expect(mail.text).toContain(
      "Meine Aufgaben öffnen:\nhttps://fahrplan.example.de/o/acme/my-tasks",
    );
    expect(mail.text).toContain(`Wochenübersicht abbestellen (ein Klick): ${unsubscribe}`);
    expect(mail.html).toContain(`href="${link}/old"`);
  });

  it("in English", () => {
    const mail = renderMail({ ...digest, headlines: [] }, "en");
    expect(mail.subject).toBe("Your week in Acme (week 50)");
    expect(mail.text).toContain("Due this week\n- Nothing of yours is due this week.");
    expect(mail.text).not.toContain("Roadmap “Pilot”");
    expect(mail.text).toContain(`Stop the weekly overview (one click): ${unsubscribe}`);
    expect(mail.html).toMatch(/<html lang="en">/);
  });
});
