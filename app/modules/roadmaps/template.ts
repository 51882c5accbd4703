import type { IsoDate } from "../calendar/dates";
import type { KpiDirection } from "../kpis/status";
import { PHASES, dueDateForWeek, templateSpan } from "../calendar/phase-dates";
import type { PhaseKind } from "../calendar/phase-dates";

/**
 * The 90-day template a new roadmap starts from. It is data, not code, so consultants
 * can review the wording and the method without reading logic. German descriptions use
 * the Sie-form, titles the infinitive style of a German project checklist; English
 * titles use the imperative.
 */

export type Localized = { de: string; en: string };
export type TemplateLocale = keyof Localized;

export type TemplateTaskCategory =
  "process" | "goals" | "data" | "governance" | "people" | "tooling" | "measurement" | "scaling";

export type TemplatePriority = "low" | "medium" | "high";

export type TemplateTask = {
  /** Stable across template revisions: stored as the task's sourceKey to keep seeding idempotent. */
  key: string;
  title: Localized;
  description: Localized;
  /** Plan week (1–12); must lie inside the phase's week range. */
  week: number;
  category: TemplateTaskCategory;
  priority: TemplatePriority;
};

export type TemplateKpiCategory = "efficiency" | "cost" | "quality" | "satisfaction" | "revenue";

export type TemplateKpi = {
  key: string;
  name: Localized;
  category: TemplateKpiCategory;
  unit: Localized;
  direction: KpiDirection;
  /** Typical starting value, meant to be overwritten by the company's own measurement. */
  baseline: number;
  target: number;
};

export type TemplatePhase = {
  goal: Localized;
  exitCriteria: Localized[];
  tasks: TemplateTask[];
};

export type RoadmapTemplate = {
  phases: Record<PhaseKind, TemplatePhase>;
  kpis: TemplateKpi[];
};

/**
 * The analysis gate's "Datenbasis geprüft" criterion. The data sources of the roadmap's
 * use cases are checked against it: ticking it while sources are unchecked shows a
 * warning (modules/data-sources/gate.ts).
 */
export const DATA_BASIS_CRITERION: Localized = {
  de: "Datenbasis geprüft: Datenquellen, Datenqualität und Datenschutz sind bewertet, die Teambereitschaft ist geklärt, das Werkzeug ist ausgewählt.",
  en: "Data basis checked: data sources, data quality and data protection have been assessed, team readiness is clear, and the tool has been chosen.",
};

export const ROADMAP_TEMPLATE: RoadmapTemplate = {
  phases: {
    analysis: {
      goal: {
        de: "Einen geeigneten Prozess auswählen, messbare Ziele festlegen und Potenzial und Risiken ehrlich bewerten – in der Reihenfolge Ziele, Werkzeuge, Daten.",
        en: "Choose one suitable process, set measurable goals and assess potential and risks honestly – in the order goals, tools, data.",
      },
      exitCriteria: [
        {
          de: "Genau ein Pilotprozess ist ausgewählt, und die Auswahl ist begründet.",
          en: "Exactly one pilot process has been chosen, and the choice is justified.",
        },
        {
          de: "Messbare Ziele und KPIs mit Ausgangswert, Zielwert und verantwortlicher Person sind festgelegt.",
          en: "Measurable goals and KPIs with baseline, target and owner are defined.",
        },
        DATA_BASIS_CRITERION,
        {
          de: "Die Vorabprüfung nach KI-Verordnung ist abgeschlossen; der Auftragsverarbeitungsvertrag liegt vor oder ist nachweislich nicht erforderlich.",
          en: "The AI Act pre-screening is complete; the data processing agreement is signed or documented as not required.",
        },
        {
          de: "Das Pilotteam steht, und die betroffenen Mitarbeitenden (und gegebenenfalls der Betriebsrat) sind informiert.",
          en: "The pilot team is in place, and the employees affected (and the works council, if there is one) have been informed.",
        },
      ],
      tasks: [
        {
          key: "analysis.kickoff",
          week: 1,
          category: "people",
          priority: "high",
          title: {
            de: "Kick-off: Projektleitung und Rahmen festlegen",
            en: "Kick-off: name the project lead and agree the scope",
          },
          description: {
            de: "Benennen Sie eine Projektleitung mit festem Zeitbudget und eine Ansprechperson in der Geschäftsführung. Halten Sie fest, was der Fahrplan in 90 Tagen erreichen soll und was ausdrücklich nicht – ein Anwendungsfall, nicht fünf.",
            en: "Name a project lead with time set aside and a sponsor in management. Write down what the roadmap should achieve in 90 days and what it explicitly will not – one use case, not five.",
          },
        },
        {
          key: "analysis.involve-employees",
          week: 1,
          category: "people",
          priority: "high",
          title: {
            de: "Interessierte Mitarbeitende früh einbinden",
            en: "Involve interested employees early",
          },
          description: {
            de: "Stellen Sie das Vorhaben in einer kurzen Runde vor, nehmen Sie Fragen und Befürchtungen ernst und gewinnen Sie Freiwillige für das Pilotteam. Gibt es einen Betriebsrat, informieren Sie ihn jetzt – nicht erst zum Start des Pilotbetriebs.",
            en: "Present the plan in a short session, take questions and concerns seriously and recruit volunteers for the pilot team. If there is a works council, inform it now – not when the pilot goes live.",
          },
        },
        {
          key: "analysis.collect-processes",
          week: 1,
          category: "process",
          priority: "medium",
          title: {
            de: "Kandidaten-Prozesse sammeln",
            en: "Collect candidate processes",
          },
          description: {
            de: "Sammeln Sie mit dem Team wiederkehrende Abläufe, die viel Zeit kosten oder fehleranfällig sind – etwa Kundenanfragen, Leads, Lagerwarnungen, Berichte oder Dokumentenbearbeitung. Notieren Sie je Ablauf Häufigkeit, Zeitaufwand und beteiligte Personen.",
            en: "With the team, collect recurring tasks that take a lot of time or are error-prone – customer requests, leads, stock alerts, reports or document handling. For each, note how often it happens, how long it takes and who is involved.",
          },
        },
        {
          key: "analysis.set-goals",
          week: 1,
          category: "goals",
          priority: "high",
          title: {
            de: "Ziele festlegen: Zeit, Umsatz, Fehler",
            en: "Set goals: time, revenue, errors",
          },
          description: {
            de: "Legen Sie fest, woran Sie den Erfolg messen: eingesparte Zeit, zusätzlicher Umsatz oder weniger Fehler. Formulieren Sie die Ziele messbar, bevor über Werkzeuge gesprochen wird – erst Ziele, dann Werkzeuge, dann Daten.",
            en: "Decide how you will measure success: time saved, additional revenue or fewer errors. Make the goals measurable before anyone discusses tools – goals first, then tools, then data.",
          },
        },
        {
          key: "analysis.rate-candidates",
          week: 2,
          category: "process",
          priority: "high",
          title: {
            de: "Potenzial und Risiken der Kandidaten bewerten",
            en: "Rate the candidates' potential and risks",
          },
          description: {
            de: "Bewerten Sie jeden Kandidaten in Fahrplan von 1 bis 5 nach Nutzen, Datenqualität, Datenschutzrisiko, Bereitschaft des Teams und Aufwand. Die Nutzen-Machbarkeits-Matrix zeigt, welche Abläufe sich für einen Pilot eignen.",
            en: "Rate each candidate in Fahrplan from 1 to 5 for value, data quality, data-protection risk, team readiness and effort. The value/feasibility matrix shows which processes suit a pilot.",
          },
        },
        {
          key: "analysis.pick-process",
          week: 2,
          category: "process",
          priority: "high",
          title: {
            de: "Einen Pilotprozess auswählen",
            en: "Pick one pilot process",
          },
          description: {
            de: "Entscheiden Sie sich für genau einen Prozess – am besten einen „Quick Win“ mit hohem Nutzen und guter Machbarkeit. Halten Sie die Begründung fest und parken Sie die übrigen Ideen für den Skalierungs-Fahrplan.",
            en: "Choose exactly one process – ideally a quick win with high value and good feasibility. Record why, and park the other ideas for the scaling roadmap.",
          },
        },
        {
          key: "analysis.map-process",
          week: 2,
          category: "process",
          priority: "medium",
          title: {
            de: "Ist-Ablauf des Pilotprozesses aufnehmen",
            en: "Map the current pilot process",
          },
          description: {
            de: "Beschreiben Sie den heutigen Ablauf Schritt für Schritt mit Rollen, Systemen und Übergaben. Markieren Sie, wo KI unterstützen kann und wo ein Mensch entscheiden muss.",
            en: "Describe today's process step by step with roles, systems and hand-overs. Mark where AI can help and where a person must decide.",
          },
        },
        {
          key: "analysis.measure-baseline",
          week: 2,
          category: "measurement",
          priority: "high",
          title: {
            de: "Ausgangswerte erheben",
            en: "Measure the baseline",
          },
          description: {
            de: "Messen Sie vor dem Pilot, wie es heute aussieht: Bearbeitungszeit pro Vorgang, Fehlerquote, Kosten pro Vorgang und Zufriedenheit. Ohne Ausgangswerte lässt sich in Phase 3 kein Erfolg belegen.",
            en: "Before the pilot, measure how things are today: handling time per case, error rate, cost per case and satisfaction. Without a baseline, phase 3 cannot prove any success.",
          },
        },
        {
          key: "analysis.choose-tools",
          week: 3,
          category: "tooling",
          priority: "medium",
          title: {
            de: "Werkzeuge passend zu den Zielen auswählen",
            en: "Choose tools that fit the goals",
          },
          description: {
            de: "Prüfen Sie zuerst, was mit vorhandenen Lizenzen und einfachen Standardwerkzeugen möglich ist, bevor Sie Eigenentwicklungen erwägen. Vergleichen Sie höchstens zwei bis drei Optionen anhand der Ziele, der Kosten und des Datenschutzes.",
            en: "First check what existing licences and simple off-the-shelf tools can do before considering custom development. Compare no more than two or three options against the goals, cost and data protection.",
          },
        },
        {
          key: "analysis.check-data",
          week: 3,
          category: "data",
          priority: "high",
          title: {
            de: "Datenqualität und Datenzugang prüfen",
            en: "Check data quality and access",
          },
          description: {
            de: "Klären Sie, welche Daten der Pilot braucht, wo sie liegen, wie vollständig und aktuell sie sind und ob personenbezogene Daten enthalten sind. Legen Sie fest, welche Daten nicht in das Werkzeug eingegeben werden dürfen.",
            en: "Clarify which data the pilot needs, where it is kept, how complete and current it is and whether it contains personal data. Decide which data must not be entered into the tool.",
          },
        },
        {
          key: "analysis.ai-act-screening",
          week: 3,
          category: "governance",
          priority: "high",
          title: {
            de: "KI-Verordnung: Vorabprüfung durchführen",
            en: "EU AI Act: run the pre-screening",
          },
          description: {
            de: "Führen Sie für den Anwendungsfall die Bewertung nach KI-Verordnung in Fahrplan durch: verbotene Praktiken ausschließen, Risikoklasse und Ihre Rolle (Betreiber oder Anbieter) bestimmen. Wo die Prüfung „rechtliche Einschätzung erforderlich“ meldet, holen Sie fachkundigen Rat ein.",
            en: "Run the AI Act assessment for the use case in Fahrplan: rule out prohibited practices, determine the risk tier and your role (deployer or provider). Where the assessment says “legal judgement required”, get professional advice.",
          },
        },
        {
          key: "analysis.processing-agreement",
          week: 3,
          category: "governance",
          priority: "high",
          title: {
            de: "Auftragsverarbeitungsvertrag und Datenschutz prüfen",
            en: "Check the data processing agreement and data protection",
          },
          description: {
            de: "Verarbeitet das Werkzeug personenbezogene Daten, brauchen Sie einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO. Prüfen Sie mit Ihrem Datenschutzbeauftragten außerdem den Speicherort der Daten, ob der Anbieter Ihre Eingaben zum Training nutzt und ob eine Datenschutz-Folgenabschätzung nötig ist.",
            en: "If the tool processes personal data, you need a data processing agreement under Art. 28 GDPR. With your data protection officer, also check where the data is stored, whether the vendor uses your inputs for training and whether a data protection impact assessment is needed.",
          },
        },
        {
          key: "analysis.pilot-plan",
          week: 3,
          category: "goals",
          priority: "high",
          title: {
            de: "Pilotplan mit KPIs, Budget und Verantwortlichen festlegen",
            en: "Agree the pilot plan with KPIs, budget and owners",
          },
          description: {
            de: "Legen Sie für den Pilot zwei bis vier KPIs mit Ausgangswert, Zielwert und verantwortlicher Person an, schätzen Sie das Budget und bestätigen Sie das Pilotteam. Damit bereiten Sie die Freigabe von Phase 1 vor.",
            en: "Create two to four KPIs for the pilot with baseline, target and owner, estimate the budget and confirm the pilot team. This prepares the phase 1 gate.",
          },
        },
      ],
    },

    pilot: {
      goal: {
        de: "Einen Anwendungsfall mit einfachen Werkzeugen im Alltag erproben – mit menschlicher Freigabe, Monitoring und nachvollziehbarer Dokumentation.",
        en: "Try one use case in day-to-day work with simple tools – with human approval, monitoring and a traceable audit trail.",
      },
      exitCriteria: [
        {
          de: "Der Anwendungsfall läuft mit echten Vorgängen; jedes KI-Ergebnis wird vor der Verwendung von einem Menschen freigegeben.",
          en: "The use case runs on real cases; every AI output is approved by a person before it is used.",
        },
        {
          de: "Eine verantwortliche Person für die menschliche Aufsicht ist benannt und darf den Pilot jederzeit anhalten.",
          en: "A human oversight owner has been named and may stop the pilot at any time.",
        },
        {
          de: "Monitoring und Protokoll laufen: KPI-Werte liegen wöchentlich vor, Freigaben sind nachvollziehbar.",
          en: "Monitoring and audit trail are in place: KPI values are recorded weekly, and approvals are traceable.",
        },
        {
          de: "Alle Pilotnutzer sind geschult, und die Rückmeldungen aus den Check-ins sind festgehalten.",
          en: "All pilot users have been trained, and feedback from the check-ins is recorded.",
        },
        {
          de: "Es gibt keine offenen kritischen Vorfälle, und der Anwendungsfall ist im KI-Register dokumentiert.",
          en: "There are no open critical incidents, and the use case is documented in the AI register.",
        },
      ],
      tasks: [
        {
          key: "pilot.setup-tool",
          week: 4,
          category: "tooling",
          priority: "high",
          title: {
            de: "Werkzeug einrichten und Zugänge vergeben",
            en: "Set up the tool and grant access",
          },
          description: {
            de: "Richten Sie das gewählte Werkzeug für das Pilotteam ein – mit persönlichen Zugängen statt geteilter Konten. Arbeiten Sie erst dann mit echten personenbezogenen Daten, wenn der Auftragsverarbeitungsvertrag vorliegt.",
            en: "Set up the chosen tool for the pilot team – with personal accounts instead of shared logins. Only work with real personal data once the data processing agreement is in place.",
          },
        },
        {
          key: "pilot.name-oversight-owner",
          week: 4,
          category: "governance",
          priority: "high",
          title: {
            de: "Verantwortliche Person für die menschliche Aufsicht benennen",
            en: "Name the human oversight owner",
          },
          description: {
            de: "Benennen Sie eine fachlich geeignete Person, die die Ergebnisse der KI im Blick behält, bei Problemen eingreift und den Pilot notfalls anhalten darf. Halten Sie diese Befugnisse schriftlich fest.",
            en: "Name a competent person who keeps an eye on the AI's output, steps in when problems arise and may stop the pilot if necessary. Put these powers in writing.",
          },
        },
        {
          key: "pilot.approval-step",
          week: 4,
          category: "governance",
          priority: "high",
          title: {
            de: "Freigabeschritt festlegen: Ein Mensch entscheidet",
            en: "Define the approval step: a person decides",
          },
          description: {
            de: "Legen Sie fest, dass kein KI-Ergebnis ohne Prüfung und Freigabe durch einen Menschen das Haus verlässt oder eine Entscheidung auslöst. Beschreiben Sie, wer freigibt und worauf bei der Prüfung zu achten ist.",
            en: "Make it a rule that no AI output leaves the company or triggers a decision without a person reviewing and approving it. Describe who approves and what to check.",
          },
        },
        {
          key: "pilot.usage-rules",
          week: 4,
          category: "governance",
          priority: "medium",
          title: {
            de: "Nutzungsregeln für das Pilotteam aufschreiben",
            en: "Write usage rules for the pilot team",
          },
          description: {
            de: "Halten Sie auf einer Seite fest, welche Daten eingegeben werden dürfen und welche nicht, wie KI-Ergebnisse zu prüfen sind und wann Kundinnen und Kunden darauf hingewiesen werden, dass sie mit einer KI interagieren.",
            en: "Write down on one page which data may and may not be entered, how AI output must be checked and when customers must be told that they are interacting with AI.",
          },
        },
        {
          key: "pilot.train-users",
          week: 5,
          category: "people",
          priority: "high",
          title: {
            de: "Pilotnutzer schulen",
            en: "Train the pilot users",
          },
          description: {
            de: "Schulen Sie das Pilotteam praxisnah: Bedienung, gute Anweisungen (Prompts), typische Fehler der KI wie erfundene Fakten, den Freigabeschritt und die Nutzungsregeln. Planen Sie ausreichend Zeit für Fragen und Bedenken ein.",
            en: "Give the pilot team hands-on training: using the tool, writing good instructions (prompts), typical AI mistakes such as invented facts, the approval step and the usage rules. Leave enough time for questions and concerns.",
          },
        },
        {
          key: "pilot.build-use-case",
          week: 5,
          category: "process",
          priority: "high",
          title: {
            de: "Anwendungsfall umsetzen: Vorlagen und Anweisungen erstellen",
            en: "Implement the use case: templates and instructions",
          },
          description: {
            de: "Setzen Sie den Anwendungsfall mit einfachen Mitteln um, z. B. mit Vorlagen und erprobten Anweisungen für Nachfass-E-Mails oder Berichte. Testen Sie diese an 20 bis 30 echten, bei Bedarf anonymisierten Beispielen, bevor es in den Alltag geht.",
            en: "Implement the use case with simple means, e.g. templates and tested instructions for follow-up e-mails or reports. Test them on 20 to 30 real examples, anonymised if necessary, before going live.",
          },
        },
        {
          key: "pilot.audit-trail",
          week: 5,
          category: "governance",
          priority: "medium",
          title: {
            de: "Nachvollziehbarkeit sichern: Protokoll führen",
            en: "Keep an audit trail",
          },
          description: {
            de: "Sorgen Sie dafür, dass nachvollziehbar bleibt, welche Eingabe zu welchem KI-Ergebnis geführt hat, was geändert wurde und wer wann freigegeben hat. Legen Sie fest, wie lange die Protokolle aufbewahrt werden.",
            en: "Make sure it stays traceable which input led to which AI output, what was changed and who approved it when. Decide how long the records are kept.",
          },
        },
        {
          key: "pilot.go-live",
          week: 6,
          category: "process",
          priority: "high",
          title: {
            de: "Pilotbetrieb im Alltag starten",
            en: "Start the pilot in day-to-day work",
          },
          description: {
            de: "Starten Sie den Pilot mit echten Vorgängen in begrenztem Umfang, etwa in einem Team oder für einen Anfragetyp. Der bisherige Ablauf bleibt als Rückfallebene erhalten.",
            en: "Start the pilot with real cases on a limited scale, such as one team or one type of request. Keep the previous process as a fallback.",
          },
        },
        {
          key: "pilot.monitoring",
          week: 6,
          category: "measurement",
          priority: "high",
          title: {
            de: "Monitoring einrichten: KPIs wöchentlich erfassen",
            en: "Set up monitoring: record KPIs weekly",
          },
          description: {
            de: "Erfassen Sie die KPIs jede Woche in Fahrplan und beobachten Sie zusätzlich, wie oft KI-Ergebnisse verworfen oder stark überarbeitet werden. Weichen die Werte vom Plan ab, besprechen Sie das im nächsten Check-in.",
            en: "Record the KPIs in Fahrplan every week and also track how often AI output is rejected or heavily edited. If values deviate from the plan, discuss it at the next check-in.",
          },
        },
        {
          key: "pilot.weekly-checkins",
          week: 6,
          category: "people",
          priority: "medium",
          title: {
            de: "Wöchentliche Check-ins mit dem Pilotteam durchführen",
            en: "Hold weekly check-ins with the pilot team",
          },
          description: {
            de: "Treffen Sie sich jede Woche 30 Minuten mit dem Pilotteam: Was funktioniert, was nicht, was belastet? Halten Sie Erkenntnisse und Risiken direkt in Fahrplan fest.",
            en: "Meet the pilot team for 30 minutes every week: what works, what does not, what worries people? Record learnings and risks in Fahrplan straight away.",
          },
        },
        {
          key: "pilot.incident-handling",
          week: 7,
          category: "governance",
          priority: "medium",
          title: {
            de: "Umgang mit Fehlern und Vorfällen regeln",
            en: "Define how errors and incidents are handled",
          },
          description: {
            de: "Legen Sie fest, wie fehlerhafte oder problematische KI-Ergebnisse gemeldet werden, wer sie bewertet und ab wann der Pilot angehalten wird. Dokumentieren Sie jeden Vorfall mit Datum, Auswirkung und Maßnahme.",
            en: "Decide how faulty or problematic AI output is reported, who assesses it and when the pilot is stopped. Document every incident with date, impact and action taken.",
          },
        },
        {
          key: "pilot.refine",
          week: 7,
          category: "process",
          priority: "medium",
          title: {
            de: "Vorlagen und Ablauf nachschärfen",
            en: "Refine templates and workflow",
          },
          description: {
            de: "Verbessern Sie Anweisungen, Vorlagen und Ablauf anhand der Rückmeldungen und des Fehlerprotokolls. Ändern Sie jeweils nur eine Sache, damit die Wirkung messbar bleibt.",
            en: "Improve instructions, templates and workflow based on feedback and the incident log. Change one thing at a time so the effect stays measurable.",
          },
        },
        {
          key: "pilot.register-use-case",
          week: 8,
          category: "governance",
          priority: "medium",
          title: {
            de: "Anwendungsfall im KI-Register dokumentieren",
            en: "Document the use case in the AI register",
          },
          description: {
            de: "Dokumentieren Sie Zweck, Werkzeug, Anbieter, verarbeitete Daten, Risikoklasse, Verantwortliche und Freigabeablauf im KI-Register von Fahrplan. Diese Dokumentation ist die Grundlage für Governance und Skalierung.",
            en: "Document purpose, tool, vendor, data processed, risk tier, owners and approval process in Fahrplan's AI register. This record is the basis for governance and scaling.",
          },
        },
        {
          key: "pilot.interim-review",
          week: 8,
          category: "measurement",
          priority: "high",
          title: {
            de: "Zwischenbilanz ziehen und Freigabe vorbereiten",
            en: "Take stock and prepare the gate",
          },
          description: {
            de: "Vergleichen Sie die KPIs mit den Ausgangswerten und fassen Sie die Erfahrungen des Pilotteams zusammen. Geben Sie auf dieser Grundlage eine Empfehlung ab: fortführen, anpassen oder beenden.",
            en: "Compare the KPIs with the baseline and summarise the pilot team's experience. On that basis, recommend whether to continue, adjust or stop.",
          },
        },
      ],
    },

    scale: {
      goal: {
        de: "Ergebnisse messen, Erkenntnisse festhalten, Governance und Schulung verankern und den Skalierungs-Fahrplan mit KPIs, Budget und Verantwortlichen beschließen.",
        en: "Measure the results, capture learnings, establish governance and training, and agree the scaling roadmap with KPIs, budget and owners.",
      },
      exitCriteria: [
        {
          de: "Effizienz, Kosten, Qualität und Zufriedenheit sind gegen die Ausgangswerte gemessen und bewertet.",
          en: "Efficiency, cost, quality and satisfaction have been measured and assessed against the baseline.",
        },
        {
          de: "Die Erkenntnisse – was lief gut, was ändern wir, welche Risiken bleiben – sind dokumentiert.",
          en: "The learnings – what went well, what to change, which risks remain – are documented.",
        },
        {
          de: "Die Governance steht: Rollen, Abläufe und Dokumentation sind festgelegt, das KI-Register ist aktuell.",
          en: "Governance is in place: roles, processes and documentation are defined, and the AI register is up to date.",
        },
        {
          de: "Ein Schulungskonzept zur KI-Kompetenz (Art. 4 KI-VO) ist beschlossen, und erste Schulungen haben stattgefunden.",
          en: "An AI literacy training plan (Art. 4 AI Act) is agreed, and the first sessions have taken place.",
        },
        {
          de: "Die Geschäftsführung hat den Skalierungs-Fahrplan mit KPIs, Budget und Verantwortlichen freigegeben.",
          en: "Management has approved the scaling roadmap with KPIs, budget and owners.",
        },
      ],
      tasks: [
        {
          key: "scale.measure-results",
          week: 9,
          category: "measurement",
          priority: "high",
          title: {
            de: "Ergebnisse messen: Effizienz, Kosten, Qualität, Zufriedenheit",
            en: "Measure results: efficiency, cost, quality, satisfaction",
          },
          description: {
            de: "Werten Sie die KPIs des Pilots gegen die Ausgangswerte aus – eingesparte Zeit, Kosten pro Vorgang, Fehlerquote und Zufriedenheit. Stellen Sie auch dar, was sich nicht verbessert hat.",
            en: "Evaluate the pilot KPIs against the baseline – time saved, cost per case, error rate and satisfaction. Also show what did not improve.",
          },
        },
        {
          key: "scale.feedback-survey",
          week: 9,
          category: "people",
          priority: "medium",
          title: {
            de: "Pilotteam und Betroffene befragen",
            en: "Survey the pilot team and those affected",
          },
          description: {
            de: "Fragen Sie das Pilotteam und, wo sinnvoll, Kundinnen und Kunden nach Zufriedenheit, Arbeitsbelastung und verbliebenen Sorgen. Eine kurze, anonyme Umfrage genügt.",
            en: "Ask the pilot team and, where it makes sense, customers about satisfaction, workload and remaining concerns. A short anonymous survey is enough.",
          },
        },
        {
          key: "scale.capture-learnings",
          week: 9,
          category: "process",
          priority: "high",
          title: {
            de: "Erkenntnisse festhalten: Was lief gut, was ändern wir?",
            en: "Capture learnings: what went well, what to change",
          },
          description: {
            de: "Führen Sie mit allen Beteiligten eine Rückschau durch und halten Sie in Fahrplan fest, was gut lief, was Sie ändern und welche Risiken bestehen. Diese Erkenntnisse fließen direkt in den Skalierungs-Fahrplan ein.",
            en: "Hold a retrospective with everyone involved and record in Fahrplan what went well, what you will change and which risks remain. These learnings feed straight into the scaling roadmap.",
          },
        },
        {
          key: "scale.business-case",
          week: 10,
          category: "measurement",
          priority: "medium",
          title: {
            de: "Wirtschaftlichkeit berechnen",
            en: "Calculate the business case",
          },
          description: {
            de: "Stellen Sie den Nutzen (eingesparte Stunden × Stundensatz, Mehrumsatz, weniger Fehler) den tatsächlichen Kosten für Lizenzen, Einrichtung und Schulung gegenüber. Vergleichen Sie geplantes und tatsächliches Budget.",
            en: "Set the benefits (hours saved × hourly rate, extra revenue, fewer errors) against the actual costs of licences, set-up and training. Compare the planned and the actual budget.",
          },
        },
        {
          key: "scale.governance-roles",
          week: 10,
          category: "governance",
          priority: "high",
          title: {
            de: "KI-Governance: Rollen und Verantwortlichkeiten festlegen",
            en: "AI governance: define roles and responsibilities",
          },
          description: {
            de: "Legen Sie fest, wer im Unternehmen für KI verantwortlich ist: eine zentrale Ansprechperson für KI, die fachlich Verantwortlichen je Anwendungsfall, Datenschutz und IT. Klären Sie, wer neue Anwendungsfälle freigibt.",
            en: "Decide who is responsible for AI in the company: a central AI contact, the business owner of each use case, data protection and IT. Clarify who approves new use cases.",
          },
        },
        {
          key: "scale.governance-process",
          week: 10,
          category: "governance",
          priority: "medium",
          title: {
            de: "Ablauf für neue KI-Anwendungsfälle festlegen",
            en: "Define the process for new AI use cases",
          },
          description: {
            de: "Beschreiben Sie den Weg einer neuen Idee bis zum Einsatz: Vorschlag, Bewertung nach KI-Verordnung und DSGVO, Freigabe, Monitoring und regelmäßige Überprüfung. Nutzen Sie dafür die Vorlagen und Bewertungen aus dem Pilot.",
            en: "Describe how a new idea makes its way into use: proposal, assessment under the AI Act and GDPR, approval, monitoring and regular review. Reuse the templates and assessments from the pilot.",
          },
        },
        {
          key: "scale.ai-policy",
          week: 11,
          category: "governance",
          priority: "medium",
          title: {
            de: "KI-Richtlinie verabschieden",
            en: "Adopt an AI policy",
          },
          description: {
            de: "Fassen Sie die Nutzungsregeln aus dem Pilot zu einer unternehmensweiten KI-Richtlinie zusammen: zugelassene Werkzeuge, erlaubte Daten, Kennzeichnung von KI-Inhalten und Freigabepflichten. Stimmen Sie sie mit der Geschäftsführung und gegebenenfalls dem Betriebsrat ab.",
            en: "Turn the pilot's usage rules into a company-wide AI policy: approved tools, permitted data, labelling of AI content and approval duties. Agree it with management and, where applicable, the works council.",
          },
        },
        {
          key: "scale.ai-register",
          week: 11,
          category: "governance",
          priority: "medium",
          title: {
            de: "KI-Register und Dokumentation vervollständigen",
            en: "Complete the AI register and documentation",
          },
          description: {
            de: "Stellen Sie sicher, dass jeder KI-Einsatz im Unternehmen – auch einzelne Werkzeuge wie Chat-Assistenten – mit Risikoklasse, Rolle, Verantwortlichen und Dokumentationsstand im KI-Register steht.",
            en: "Make sure every use of AI in the company – including individual tools such as chat assistants – is listed in the AI register with risk tier, role, owners and documentation status.",
          },
        },
        {
          key: "scale.ai-literacy",
          week: 11,
          category: "people",
          priority: "high",
          title: {
            de: "KI-Kompetenz der Belegschaft fördern (Art. 4 KI-VO)",
            en: "Build staff AI literacy (Art. 4 AI Act)",
          },
          description: {
            de: "Erstellen Sie ein Schulungskonzept für alle, die KI nutzen oder von ihr betroffen sind – abgestuft nach Rolle, von Grundlagen und Grenzen der KI bis zu Datenschutz und Freigaberegeln. Führen Sie erste Schulungen durch und dokumentieren Sie die Teilnahme.",
            en: "Create a training plan for everyone who uses AI or is affected by it – tailored to each role, from the basics and limits of AI to data protection and approval rules. Run the first sessions and record attendance.",
          },
        },
        {
          key: "scale.next-use-cases",
          week: 11,
          category: "scaling",
          priority: "medium",
          title: {
            de: "Nächste Anwendungsfälle priorisieren",
            en: "Prioritise the next use cases",
          },
          description: {
            de: "Bewerten Sie die geparkten Ideen und neue Vorschläge mit der Nutzen-Machbarkeits-Matrix neu. Wählen Sie für die nächsten 90 Tage höchstens zwei bis drei Anwendungsfälle aus, die das Team tragen kann.",
            en: "Re-rate the parked ideas and new suggestions on the value/feasibility matrix. Choose at most two or three use cases for the next 90 days that the team can handle.",
          },
        },
        {
          key: "scale.scaling-roadmap",
          week: 12,
          category: "scaling",
          priority: "high",
          title: {
            de: "Skalierungs-Fahrplan mit KPIs, Budget und Verantwortlichen erstellen",
            en: "Create the scaling roadmap with KPIs, budget and owners",
          },
          description: {
            de: "Legen Sie in Fahrplan den nächsten Fahrplan an: Anwendungsfälle, KPIs mit Zielwerten, Budget, Verantwortliche und Zeitplan. Planen Sie den Aufbau eigener Kompetenzen ausdrücklich mit ein.",
            en: "Create the next roadmap in Fahrplan: use cases, KPIs with targets, budget, owners and timeline. Plan explicitly for building your own capabilities.",
          },
        },
        {
          key: "scale.leadership-report",
          week: 12,
          category: "scaling",
          priority: "high",
          title: {
            de: "Bericht an die Geschäftsführung vorlegen",
            en: "Present the report to management",
          },
          description: {
            de: "Präsentieren Sie Ergebnisse, Erkenntnisse, Risiken und Kosten des Pilots sowie den Skalierungs-Fahrplan mit dem Budgetbedarf. Holen Sie eine klare Entscheidung ein und halten Sie sie fest.",
            en: "Present the pilot's results, learnings, risks and costs together with the scaling roadmap and the budget it needs. Get a clear decision and record it.",
          },
        },
        {
          key: "scale.share-results",
          week: 12,
          category: "people",
          priority: "medium",
          title: {
            de: "Ergebnisse im Unternehmen teilen",
            en: "Share the results across the company",
          },
          description: {
            de: "Berichten Sie offen über Ergebnisse und Erkenntnisse, würdigen Sie die Arbeit des Pilotteams und gehen Sie auf Sorgen ein. Laden Sie Interessierte ein, beim nächsten Fahrplan mitzuwirken.",
            en: "Report openly on results and learnings, recognise the pilot team's work and address concerns. Invite interested colleagues to take part in the next roadmap.",
          },
        },
      ],
    },
  },

  kpis: [
    {
      key: "handling-time",
      name: { de: "Bearbeitungszeit pro Anfrage", en: "Handling time per request" },
      category: "efficiency",
      unit: { de: "Minuten", en: "minutes" },
      direction: "lower_is_better",
      baseline: 12,
      target: 8,
    },
    {
      key: "hours-saved",
      name: { de: "Eingesparte Arbeitszeit pro Woche", en: "Working time saved per week" },
      category: "efficiency",
      unit: { de: "Stunden", en: "hours" },
      direction: "higher_is_better",
      baseline: 0,
      target: 8,
    },
    {
      key: "error-rate",
      name: { de: "Fehlerquote", en: "Error rate" },
      category: "quality",
      unit: { de: "%", en: "%" },
      direction: "lower_is_better",
      baseline: 6,
      target: 3,
    },
    {
      key: "cost-per-case",
      name: { de: "Kosten pro Vorgang", en: "Cost per case" },
      category: "cost",
      unit: { de: "€", en: "€" },
      direction: "lower_is_better",
      baseline: 18,
      target: 12,
    },
    {
      key: "customer-satisfaction",
      name: { de: "Kundenzufriedenheit (1–5)", en: "Customer satisfaction (1–5)" },
      category: "satisfaction",
      unit: { de: "Punkte", en: "points" },
      direction: "higher_is_better",
      baseline: 3.8,
      target: 4.3,
    },
    {
      key: "team-satisfaction",
      name: { de: "Zufriedenheit des Pilotteams (1–5)", en: "Pilot team satisfaction (1–5)" },
      category: "satisfaction",
      unit: { de: "Punkte", en: "points" },
      direction: "higher_is_better",
      baseline: 3,
      target: 4,
    },
    {
      key: "quote-conversion",
      name: { de: "Abschlussquote bei Angeboten", en: "Quote-to-order rate" },
      category: "revenue",
      unit: { de: "%", en: "%" },
      direction: "higher_is_better",
      baseline: 20,
      target: 24,
    },
  ],
};

export type LocalizedTemplateTask = {
  key: string;
  phase: PhaseKind;
  title: string;
  description: string;
  week: number;
  category: TemplateTaskCategory;
  priority: TemplatePriority;
};

/** All template tasks in plan order (phase, then the template's order within it). */
export function templateTasksFor(locale: TemplateLocale): LocalizedTemplateTask[] {
  return PHASES.flatMap(({ kind }) =>
    ROADMAP_TEMPLATE.phases[kind].tasks.map((task) => ({
      key: task.key,
      phase: kind,
      title: task.title[locale],
      description: task.description[locale],
      week: task.week,
      category: task.category,
      priority: task.priority,
    })),
  );
}

/** Template tasks with their default due date for a roadmap starting on `startDate`. */
export function planTemplateTasks(
  startDate: IsoDate,
  locale: TemplateLocale,
): (LocalizedTemplateTask & { dueDate: IsoDate })[] {
  return templateTasksFor(locale).map((task) => ({
    ...task,
    dueDate: dueDateForWeek(templateSpan(startDate), task.week),
  }));
}

export type LocalizedTemplatePhase = {
  phase: PhaseKind;
  goal: string;
  exitCriteria: string[];
};

export function templatePhasesFor(locale: TemplateLocale): LocalizedTemplatePhase[] {
  return PHASES.map(({ kind }) => ({
    phase: kind,
    goal: ROADMAP_TEMPLATE.phases[kind].goal[locale],
    exitCriteria: ROADMAP_TEMPLATE.phases[kind].exitCriteria.map((c) => c[locale]),
  }));
}

export type LocalizedTemplateKpi = Omit<TemplateKpi, "name" | "unit"> & {
  name: string;
  unit: string;
};

/**
 * The template KPIs a new roadmap offers ticked: time per case, time saved and the
 * error rate answer "does the pilot pay off, and is the output good enough?" for
 * almost any process. The others are one tick away.
 */
export const SUGGESTED_TEMPLATE_KPIS: readonly string[] = [
  "handling-time",
  "hours-saved",
  "error-rate",
];

export function templateKpisFor(locale: TemplateLocale): LocalizedTemplateKpi[] {
  return ROADMAP_TEMPLATE.kpis.map((kpi) => ({
    ...kpi,
    name: kpi.name[locale],
    unit: kpi.unit[locale],
  }));
}
