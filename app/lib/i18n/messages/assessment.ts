import type { MessageTree } from "./types";

const en = {
  title: "EU AI Act assessment",
  disclaimer:
    "A planning aid, not legal advice. Wherever the law needs weighing, the result says “legal judgement required” instead of deciding.",
  wizard: {
    heading: "Assessment: {useCase}",
    stepOf: "Step {step} of {total}",
    steps: "Steps",
    stepState: { done: "answered", open: "open", skipped: "does not apply" },
    back: "Back",
    next: "Save and continue",
    toReview: "Save and review",
    saveHint: "Your answers are saved with every step; you can leave and resume at any time.",
    legalBasis: "Legal basis: {article}",
    readArticle: "Read the text on EUR-Lex",
    help: "What this means",
    multiHint: "Tick all that apply.",
    errorsTitle: "Some answers are missing or invalid. Everything else was saved.",
    moreQuestions:
      "Your answers made more questions of this step relevant. They are shown below; everything so far was saved.",
    required: "Please answer this question.",
    invalid:
      "Please choose from the options offered; “none” and “unsure” cannot be combined with other options.",
    resumeDraft: "Resuming the assessment in progress (last saved {date}).",
    prefilled:
      "Re-assessment: the answers of the last assessment are filled in. Change what has changed.",
    discard: "Discard this draft",
    discarded: "The draft was discarded.",
    noQuestions: "No question of this step applies to your answers so far.",
    savedThen: "Answers saved. {next}",
  },
  review: {
    title: "Review and complete",
    intro:
      "Check your answers. Completing stores the result with today's date, your name and the ruleset version; earlier results stay in the history.",
    preview: "Expected result",
    answers: "Your answers",
    editStep: "Change step {step}",
    complete: "Complete assessment",
    incomplete: "Some questions are still open. Please answer them first.",
    notAnswered: "Not answered",
    noDraft: "There is no assessment in progress. Start with step 1.",
  },
  tier: {
    outside: "Outside the AI Act",
    prohibited: "Prohibited",
    high_risk: "High-risk",
    limited: "Transparency duties",
    minimal: "Minimal risk",
  },
  tierExplanation: {
    outside:
      "The AI Act does not apply to this use case. The GDPR still applies wherever personal data is processed.",
    prohibited:
      "This is a prohibited practice under Art. 5 AI Act. Do not put it into use; the only plan is not to do it.",
    high_risk:
      "A high-risk AI system: strict duties apply before and during use, depending on your role.",
    limited:
      "Limited risk with transparency duties: people must know when they deal with AI or AI-made content (Art. 50).",
    minimal:
      "Minimal risk: no specific AI Act duties beyond AI literacy of the people who use it (Art. 4).",
  },
  role: {
    provider: "Provider",
    deployer: "Deployer",
    distributor: "Distributor",
    importer: "Importer",
  },
  roleExplanation: {
    provider:
      "You develop the system or have it developed and put it on the market or into service under your name.",
    deployer: "You use the system under your authority in your business.",
    distributor: "You make someone else's system available on the EU market.",
    importer: "You bring a system of a non-EU provider onto the EU market.",
  },
  result: {
    heading: "Result: {useCase}",
    meta: "Assessed on {date} by {name} · ruleset {version}",
    unknownAuthor: "a former member",
    tierTitle: "Risk tier",
    rolesTitle: "Your role",
    noRole: "No role under the AI Act.",
    judgementsTitle: "Legal judgement required",
    judgementsIntro:
      "The tool does not decide these points. Until a lawyer has assessed them, the plan assumes the stricter reading.",
    judgementsNoneTitle: "No open legal questions",
    judgementsNone:
      "On your answers, no point needs legal judgement: the result follows from the rules. If an answer changes, re-assess.",
    question: "Question {number}",
    flagsTitle: "Key checks",
    flagRequired: "Required",
    flagNotRequired: "Not required",
    flag: {
      fria: "Fundamental-rights impact assessment (Art. 27 AI Act)",
      dpia: "Data protection impact assessment (Art. 35 GDPR)",
      informWorkers: "Inform workers and their representatives (Art. 26(7) AI Act)",
      art22Gate: "Automated decision with legal effect: Art. 22 GDPR gate",
      processingAgreement: "Processing agreement with the vendor (Art. 28 GDPR)",
      transferSafeguards:
        "Transfer outside the EU: standard contractual clauses and transfer impact assessment (Art. 44–46 GDPR)",
    },
    obligationsTitle: "Obligations",
    obligationsCount: { one: "{count} obligation", other: "{count} obligations" },
    obligationsNone: "No obligations follow from this result.",
    appliesFrom: "Applies from {date}",
    inForce: "In force",
    notYetInForce: "From {date}",
    suggestedPhase: "Suggested phase: {phase}",
    planned: "Planned",
    article: "Article",
    openArticle: "{article} on EUR-Lex",
    group: {
      everyone: "For everyone",
      high_risk_provider: "High-risk: provider",
      high_risk_deployer: "High-risk: deployer",
      importer: "Importer",
      distributor: "Distributor",
      transparency: "Transparency (Art. 50)",
      gpai: "General-purpose AI model",
      gdpr: "Data protection (GDPR)",
    },
    noticesTitle: "Notes",
    prohibitedTitle: "Prohibited practices",
    fineTitle: "Fine exposure",
    fineSme: "As an SME, the lower of the two amounts applies (Art. 99(6)).",
    fineGeneral: "The higher of the two amounts applies.",
    derogationTitle: "Art. 6(3) derogation possible",
    annexIII: "Annex III area {area}",
    annexI: "Annex I (product law)",
    gpaiTitle: "General-purpose AI model",
    smeSupportTitle: "Support for SMEs",
    outdatedRuleset:
      "This result was produced with ruleset {version}; the current ruleset is {current}. Re-assess to bring it up to date.",
    olderAssessment: "This is an earlier assessment. The newest result is shown on the use case.",
    viewLatest: "View newest result",
    reassess: "Re-assess",
    history: "History",
    dpiaCriteria: "DPIA criteria that hold: {list}",
    allArticles: "Regulation (EU) 2024/1689 on EUR-Lex",
  },
  plan: {
    title: "Plan these obligations",
    intro:
      "Turns each obligation into a task in the roadmap “{roadmap}”, owned by the use case's owner: in its suggested phase while that phase is open (else in the phase running now), due before the phase's gate and by the day the duty applies, never in the past. Running it again adds only what is missing.",
    button: "Plan obligations as tasks",
    needsRoadmap:
      "Link this use case to a roadmap first (edit the use case), then the obligations can be planned there.",
    progress: "{planned} of {total} obligations planned",
    created: {
      one: "{count} task added to “{roadmap}”.",
      other: "{count} tasks added to “{roadmap}”.",
    },
    nothingNew: "All obligations are already planned in “{roadmap}”; nothing was added.",
    nothingToPlan: "This result has no obligations to plan.",
    onlyLatest: "Only the newest result can be planned.",
    noOpenPhase:
      "“{roadmap}” has no open phase left (each has ended or its gate is approved), so nothing was planned. Link the use case to a current roadmap.",
    placed: "{title}: {phase}, due {date}",
    taskSource: "From the AI Act assessment of the use case “{useCase}”:",
    openRoadmap: "Open roadmap",
  },
  history: {
    title: "Assessment history",
    intro: "Every completed assessment is kept with its answers, author, date and ruleset version.",
    empty: "No assessment has been completed yet.",
    date: "Date",
    author: "Author",
    tier: "Result",
    roles: "Role",
    obligations: "Obligations",
    judgements: "Open points",
    ruleset: "Ruleset",
    current: "current",
    outdated: "outdated",
    view: "View",
    draftOpen: "An assessment is in progress (last saved {date}).",
    resume: "Resume",
  },
} satisfies MessageTree;

const de: typeof en = {
  title: "Bewertung nach der KI-Verordnung",
  disclaimer:
    "Eine Planungshilfe, keine Rechtsberatung. Wo das Recht eine Abwägung verlangt, sagt das Ergebnis „rechtliche Einschätzung nötig“, statt zu entscheiden.",
  wizard: {
    heading: "Bewertung: {useCase}",
    stepOf: "Schritt {step} von {total}",
    steps: "Schritte",
    stepState: { done: "beantwortet", open: "offen", skipped: "entfällt" },
    back: "Zurück",
    next: "Speichern und weiter",
    toReview: "Speichern und prüfen",
    saveHint:
      "Ihre Antworten werden bei jedem Schritt gespeichert; Sie können jederzeit unterbrechen und später weitermachen.",
    legalBasis: "Rechtsgrundlage: {article}",
    readArticle: "Text auf EUR-Lex lesen",
    help: "Was das bedeutet",
    multiHint: "Kreuzen Sie alles Zutreffende an.",
    errorsTitle: "Einige Antworten fehlen oder sind ungültig. Alles andere wurde gespeichert.",
    moreQuestions:
      "Durch Ihre Antworten sind weitere Fragen dieses Schritts relevant geworden. Sie stehen unten; alles Bisherige wurde gespeichert.",
    required: "Bitte beantworten Sie diese Frage.",
    invalid:
      "Bitte wählen Sie aus den angebotenen Optionen; „Nichts davon“ und „Unsicher“ lassen sich nicht mit anderen kombinieren.",
    resumeDraft: "Sie setzen die begonnene Bewertung fort (zuletzt gespeichert am {date}).",
    prefilled:
      "Neubewertung: Die Antworten der letzten Bewertung sind eingetragen. Ändern Sie, was sich geändert hat.",
    discard: "Entwurf verwerfen",
    discarded: "Der Entwurf wurde verworfen.",
    noQuestions: "Keine Frage dieses Schritts ist nach Ihren bisherigen Antworten relevant.",
    savedThen: "Antworten gespeichert. {next}",
  },
  review: {
    title: "Prüfen und abschließen",
    intro:
      "Prüfen Sie Ihre Antworten. Beim Abschließen wird das Ergebnis mit dem heutigen Datum, Ihrem Namen und der Version des Regelwerks gespeichert; frühere Ergebnisse bleiben im Verlauf.",
    preview: "Voraussichtliches Ergebnis",
    answers: "Ihre Antworten",
    editStep: "Schritt {step} ändern",
    complete: "Bewertung abschließen",
    incomplete: "Einige Fragen sind noch offen. Bitte beantworten Sie sie zuerst.",
    notAnswered: "Nicht beantwortet",
    noDraft: "Es ist keine Bewertung in Arbeit. Beginnen Sie mit Schritt 1.",
  },
  tier: {
    outside: "Außerhalb der KI-Verordnung",
    prohibited: "Verboten",
    high_risk: "Hochrisiko",
    limited: "Transparenzpflichten",
    minimal: "Minimales Risiko",
  },
  tierExplanation: {
    outside:
      "Die KI-Verordnung gilt für diesen Anwendungsfall nicht. Die DSGVO gilt weiterhin, wo personenbezogene Daten verarbeitet werden.",
    prohibited:
      "Dies ist eine verbotene Praktik nach Art. 5 KI-VO. Setzen Sie sie nicht ein; der einzige Plan ist, es nicht zu tun.",
    high_risk:
      "Ein Hochrisiko-KI-System: Vor und während des Einsatzes gelten strenge Pflichten, je nach Ihrer Rolle.",
    limited:
      "Begrenztes Risiko mit Transparenzpflichten: Menschen müssen wissen, wenn sie es mit KI oder KI-erzeugten Inhalten zu tun haben (Art. 50 KI-VO).",
    minimal:
      "Minimales Risiko: keine besonderen Pflichten der KI-Verordnung außer der KI-Kompetenz der Nutzenden (Art. 4 KI-VO).",
  },
  role: {
    provider: "Anbieter",
    deployer: "Betreiber",
    distributor: "Händler",
    importer: "Einführer",
  },
  roleExplanation: {
    provider:
      "Sie entwickeln das System oder lassen es entwickeln und bringen es unter Ihrem Namen in Verkehr oder in Betrieb.",
    deployer: "Sie setzen das System in eigener Verantwortung in Ihrem Unternehmen ein.",
    distributor: "Sie stellen das System eines anderen auf dem EU-Markt bereit.",
    importer: "Sie bringen das System eines Anbieters außerhalb der EU auf den EU-Markt.",
  },
  result: {
    heading: "Ergebnis: {useCase}",
    meta: "Bewertet am {date} von {name} · Regelwerk {version}",
    unknownAuthor: "einem ehemaligen Mitglied",
    tierTitle: "Risikostufe",
    rolesTitle: "Ihre Rolle",
    noRole: "Keine Rolle nach der KI-Verordnung.",
    judgementsTitle: "Rechtliche Einschätzung nötig",
    judgementsIntro:
      "Diese Punkte entscheidet das Werkzeug nicht. Bis eine Juristin oder ein Jurist sie bewertet hat, plant es mit der strengeren Lesart.",
    judgementsNoneTitle: "Keine offenen Rechtsfragen",
    judgementsNone:
      "Nach Ihren Antworten braucht kein Punkt eine rechtliche Einschätzung: Das Ergebnis folgt aus den Regeln. Ändert sich eine Antwort, bewerten Sie neu.",
    question: "Frage {number}",
    flagsTitle: "Wichtige Prüfungen",
    flagRequired: "Erforderlich",
    flagNotRequired: "Nicht erforderlich",
    flag: {
      fria: "Grundrechte-Folgenabschätzung (Art. 27 KI-VO)",
      dpia: "Datenschutz-Folgenabschätzung (Art. 35 DSGVO)",
      informWorkers: "Beschäftigte und ihre Vertretung informieren (Art. 26 Abs. 7 KI-VO)",
      art22Gate: "Automatisierte Entscheidung mit Rechtswirkung: Prüfung nach Art. 22 DSGVO",
      processingAgreement: "Auftragsverarbeitungsvertrag mit dem Anbieter (Art. 28 DSGVO)",
      transferSafeguards:
        "Übermittlung außerhalb der EU: Standardvertragsklauseln und Transfer-Folgenabschätzung (Art. 44 bis 46 DSGVO)",
    },
    obligationsTitle: "Pflichten",
    obligationsCount: { one: "{count} Pflicht", other: "{count} Pflichten" },
    obligationsNone: "Aus diesem Ergebnis folgen keine Pflichten.",
    appliesFrom: "Gilt ab {date}",
    inForce: "In Kraft",
    notYetInForce: "Ab {date}",
    suggestedPhase: "Empfohlene Phase: {phase}",
    planned: "Eingeplant",
    article: "Artikel",
    openArticle: "{article} auf EUR-Lex",
    group: {
      everyone: "Für alle",
      high_risk_provider: "Hochrisiko: Anbieter",
      high_risk_deployer: "Hochrisiko: Betreiber",
      importer: "Einführer",
      distributor: "Händler",
      transparency: "Transparenz (Art. 50 KI-VO)",
      gpai: "KI-Modell mit allgemeinem Verwendungszweck",
      gdpr: "Datenschutz (DSGVO)",
    },
    noticesTitle: "Hinweise",
    prohibitedTitle: "Verbotene Praktiken",
    fineTitle: "Bußgeldrahmen",
    fineSme: "Als KMU gilt der niedrigere der beiden Beträge (Art. 99 Abs. 6 KI-VO).",
    fineGeneral: "Es gilt der höhere der beiden Beträge.",
    derogationTitle: "Ausnahme nach Art. 6 Abs. 3 KI-VO möglich",
    annexIII: "Anhang III, Bereich {area}",
    annexI: "Anhang I (Produktrecht)",
    gpaiTitle: "KI-Modell mit allgemeinem Verwendungszweck",
    smeSupportTitle: "Unterstützung für KMU",
    outdatedRuleset:
      "Dieses Ergebnis stammt aus dem Regelwerk {version}; aktuell ist {current}. Bewerten Sie neu, um es auf den aktuellen Stand zu bringen.",
    olderAssessment:
      "Dies ist eine frühere Bewertung. Das neueste Ergebnis steht beim Anwendungsfall.",
    viewLatest: "Neuestes Ergebnis ansehen",
    reassess: "Neu bewerten",
    history: "Verlauf",
    dpiaCriteria: "Zutreffende DSFA-Kriterien: {list}",
    allArticles: "Verordnung (EU) 2024/1689 auf EUR-Lex",
  },
  plan: {
    title: "Diese Pflichten einplanen",
    intro:
      "Macht aus jeder Pflicht eine Aufgabe im Fahrplan „{roadmap}“, verantwortet von der verantwortlichen Person des Anwendungsfalls: in der empfohlenen Phase, solange sie offen ist (sonst in der laufenden Phase), fällig vor dem Phasen-Gate und spätestens, wenn die Pflicht gilt, nie in der Vergangenheit. Ein erneuter Aufruf ergänzt nur, was fehlt.",
    button: "Pflichten als Aufgaben einplanen",
    needsRoadmap:
      "Verknüpfen Sie den Anwendungsfall zuerst mit einem Fahrplan (Anwendungsfall bearbeiten); dann lassen sich die Pflichten dort einplanen.",
    progress: "{planned} von {total} Pflichten eingeplant",
    created: {
      one: "{count} Aufgabe zu „{roadmap}“ hinzugefügt.",
      other: "{count} Aufgaben zu „{roadmap}“ hinzugefügt.",
    },
    nothingNew:
      "Alle Pflichten sind bereits in „{roadmap}“ eingeplant; es wurde nichts hinzugefügt.",
    nothingToPlan: "Aus diesem Ergebnis folgen keine Pflichten zum Einplanen.",
    noOpenPhase:
      "„{roadmap}“ hat keine offene Phase mehr (jede ist beendet oder ihr Gate freigegeben); es wurde nichts eingeplant. Verknüpfen Sie den Anwendungsfall mit einem laufenden Fahrplan.",
    placed: "{title}: {phase}, fällig am {date}",
    onlyLatest: "Nur das neueste Ergebnis lässt sich einplanen.",
    taskSource: "Aus der KI-VO-Bewertung des Anwendungsfalls „{useCase}“:",
    openRoadmap: "Fahrplan öffnen",
  },
  history: {
    title: "Verlauf der Bewertungen",
    intro:
      "Jede abgeschlossene Bewertung bleibt mit ihren Antworten, Autorin oder Autor, Datum und Regelwerksversion erhalten.",
    empty: "Es wurde noch keine Bewertung abgeschlossen.",
    date: "Datum",
    author: "Von",
    tier: "Ergebnis",
    roles: "Rolle",
    obligations: "Pflichten",
    judgements: "Offene Punkte",
    ruleset: "Regelwerk",
    current: "aktuell",
    outdated: "veraltet",
    view: "Ansehen",
    draftOpen: "Eine Bewertung ist in Arbeit (zuletzt gespeichert am {date}).",
    resume: "Fortsetzen",
  },
};

export const assessmentMessages = { en, de };
