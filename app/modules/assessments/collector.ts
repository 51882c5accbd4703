import type { AnswerField } from "./questions";
import type { Judgement, JudgementCode } from "./result";
import { JUDGEMENT_REASONS } from "./rule-texts";
import { OBLIGATIONS } from "./ruleset";
import type { ObligationCode } from "./ruleset";

/** Gathers the judgements (once per code) and obligations while the rules run. */
export class Collector {
  readonly judgements: Judgement[] = [];
  readonly obligations = new Set<ObligationCode>();

  judge(code: JudgementCode, questionId: AnswerField): void {
    if (this.judgements.some((j) => j.code === code)) return;
    this.judgements.push({ code, questionId, reason: JUDGEMENT_REASONS[code] });
  }

  oblige(...codes: ObligationCode[]): void {
    for (const code of codes) this.obligations.add(code);
  }

  orderedObligations(): ObligationCode[] {
    return OBLIGATIONS.map((o) => o.code).filter((code) => this.obligations.has(code));
  }
}
