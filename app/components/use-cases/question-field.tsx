import type { ReactNode } from "react";
import type { Locale } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type {
  AssessmentAnswers,
  QuestionOption,
  QuestionView,
} from "~/modules/assessments/questions";
import { AI_ACT_EUR_LEX, GDPR_EUR_LEX } from "~/modules/assessments/ruleset-version";
import { legalReference } from "~/modules/assessments/legal-reference";
import type { StepIssue } from "~/modules/assessments/wizard";

/** EUR-Lex link for a question's article reference: GDPR or AI Act, at the first article. */
export function articleUrl(article: string): string {
  const base = /GDPR|WP248/.test(article) ? GDPR_EUR_LEX : AI_ACT_EUR_LEX;
  const match = /Art\.\s*(\d+)/.exec(article);
  return match ? `${base}#art_${match[1]}` : base;
}

function isChecked(answers: AssessmentAnswers, question: QuestionView, option: QuestionOption) {
  const answer = answers[question.id];
  if (Array.isArray(answer)) return (answer as string[]).includes(String(option.value));
  return answer !== undefined && String(answer) === String(option.value);
}

function groups(options: readonly QuestionOption[], locale: Locale) {
  const result: { title: string | null; options: QuestionOption[] }[] = [];
  for (const option of options) {
    const title = option.group ? option.group[locale] : null;
    const last = result.at(-1);
    if (last && last.title === title) last.options.push(option);
    else result.push({ title, options: [option] });
  }
  return result;
}

/**
 * One wizard question as a fieldset of radio buttons or checkboxes, with its
 * plain-language help and article reference. A hidden "shown" field tells the server
 * the question was on screen; when JavaScript hides an irrelevant question the
 * fieldset is disabled, so neither it nor its answers are sent.
 */
export function QuestionField({
  question,
  answers,
  issue,
  hidden,
  note,
}: {
  question: QuestionView;
  answers: AssessmentAnswers;
  issue?: StepIssue;
  hidden: boolean;
  /** Where the shown answer came from (e.g. the data sources), beside the question. */
  note?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const id = `q-${question.id}`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const describedBy = [helpId, note ? noteId : null, issue ? errorId : null].filter(Boolean);
  const type = question.kind === "multi" ? "checkbox" : "radio";
  return (
    <fieldset
      id={id}
      hidden={hidden}
      disabled={hidden}
      aria-describedby={describedBy.join(" ")}
      aria-invalid={issue ? true : undefined}
      className={`flex flex-col gap-3 rounded-card border bg-surface-raised p-5 shadow-card ${
        issue ? "border-danger" : "border-line"
      }`}
    >
      <input type="hidden" name="shown" value={question.id} />
      <legend className="float-left w-full text-lead font-semibold text-ink">
        <span className="mr-2 text-ink-muted tabular-nums">{question.number}.</span>
        {question.label[locale]}
      </legend>
      <div id={helpId} className="flex flex-col gap-1 text-caption text-ink-muted">
        <p>
          <span className="sr-only">{t("assessment.wizard.help")}: </span>
          {question.help[locale]}
        </p>
        <p>
          {t("assessment.wizard.legalBasis", {
            article: legalReference(question.article, locale),
          })}{" "}
          ·{" "}
          <a
            href={articleUrl(question.article)}
            target="_blank"
            rel="noreferrer"
            className="font-medium text-brand underline underline-offset-2"
          >
            {t("assessment.wizard.readArticle")}
          </a>
        </p>
        {question.kind === "multi" ? <p>{t("assessment.wizard.multiHint")}</p> : null}
      </div>
      {note ? (
        <div id={noteId} className="rounded-control bg-brand-soft px-3 py-2 text-caption text-ink">
          {note}
        </div>
      ) : null}
      {issue ? (
        <p id={errorId} className="text-caption font-medium text-danger">
          {t(`assessment.wizard.${issue}`)}
        </p>
      ) : null}
      <div className="flex flex-col gap-3">
        {groups(question.options, locale).map((group, index) => (
          <div key={group.title ?? `g${index}`} className="flex flex-col gap-1">
            {group.title ? (
              <p className="text-caption font-semibold text-ink">{group.title}</p>
            ) : null}
            <ul className="flex flex-col gap-1">
              {group.options.map((option) => {
                const value = String(option.value);
                const optionId = `${id}-${value}`;
                return (
                  <li key={value}>
                    <label
                      htmlFor={optionId}
                      className="flex cursor-pointer items-start gap-3 rounded-control px-2 py-1.5 hover:bg-surface-muted"
                    >
                      <input
                        id={optionId}
                        type={type}
                        name={question.id}
                        value={value}
                        defaultChecked={isChecked(answers, question, option)}
                        data-exclusive={option.exclusive ? "true" : undefined}
                        className="mt-1 h-4 w-4 shrink-0 accent-[var(--color-brand)]"
                      />
                      <span>{option.label[locale]}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
