import { Form } from "react-router";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { ConflictNotice } from "~/components/ui/conflict-notice";
import { Field } from "~/components/ui/field";
import { formatCents } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import { centsToInput } from "~/lib/numbers";

type Amounts = { label: string; plannedCents: number; actualCents: number };

/** The two amount fields of a line and the columns they edit. */
const AMOUNTS = [
  ["planned", "plannedCents"],
  ["actual", "actualCents"],
] as const;

export type BudgetLineView = Amounts & {
  id: string;
  version: number;
  /** Suggested from the previous roadmap's actual costs; saving the line confirms it. */
  suggested?: boolean;
};

/** A refused save or removal of this line: the field errors, or the line as stored now. */
export type BudgetLineFailure = {
  intent: "update" | "remove";
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  current?: Amounts;
};

/**
 * One budget line: its amounts and, for those who may, the form to change or remove it
 * (opened in place with <details>, so it works without JavaScript). The form carries
 * the line's version; a stale save or removal shows the line as stored now above the
 * form, which keeps what was typed.
 */
export function BudgetLineItem({
  line,
  canEdit,
  failure,
}: {
  line: BudgetLineView;
  canEdit: boolean;
  failure?: BudgetLineFailure;
}) {
  const { t, locale } = useI18n();
  const money = (cents: number) => formatCents(cents, locale);
  const typed = failure?.intent === "update" ? failure.values : undefined;
  const errors = failure?.fieldErrors ?? {};
  const current = failure?.current;
  return (
    <li className="py-2.5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <span className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{line.label}</span>
          {line.suggested ? (
            <span title={t("nextRoadmap.suggestedHint")}>
              <Badge tone="warning">{t("nextRoadmap.suggested")}</Badge>
            </span>
          ) : null}
        </span>
        <span className="text-caption tabular-nums text-ink-muted">
          {t("roadmaps.budget.lineAmounts", {
            planned: money(line.plannedCents),
            actual: money(line.actualCents),
          })}
          {line.actualCents > line.plannedCents ? (
            <span className="ml-2 font-medium text-danger">
              {t("roadmaps.budget.over", {
                amount: money(line.actualCents - line.plannedCents),
              })}
            </span>
          ) : null}
        </span>
      </div>
      {canEdit ? (
        <details open={Boolean(failure)} className="mt-1">
          <summary className="cursor-pointer text-caption font-medium text-brand">
            <span aria-hidden="true">{t("roadmaps.budget.editShort")}</span>
            <span className="sr-only">{t("roadmaps.budget.edit", { label: line.label })}</span>
          </summary>
          {current ? (
            <ConflictNotice
              className="mt-2"
              heading="h3"
              title={t(
                failure?.intent === "remove"
                  ? "roadmaps.budget.removeConflict"
                  : "roadmaps.budget.conflict",
              )}
              body={t(failure?.intent === "remove" ? "conflict.deleteBody" : "conflict.body")}
              rows={[
                [t("roadmaps.budget.label"), current.label],
                [t("roadmaps.budget.planned"), money(current.plannedCents)],
                [t("roadmaps.budget.actual"), money(current.actualCents)],
              ]}
            />
          ) : null}
          <Form method="post" noValidate className="mt-2 flex flex-wrap items-end gap-3">
            <input type="hidden" name="lineId" value={line.id} />
            <input type="hidden" name="version" value={line.version} />
            <Field
              id={`label-${line.id}`}
              label={t("roadmaps.budget.label")}
              name="label"
              className="min-w-40 flex-1"
              defaultValue={typed?.label ?? line.label}
              error={errors.label}
            />
            {AMOUNTS.map(([name, cents]) => (
              <Field
                key={name}
                id={`${name}-${line.id}`}
                label={t(`roadmaps.budget.${name}`)}
                name={name}
                inputMode="decimal"
                className="w-32"
                defaultValue={typed?.[name] ?? centsToInput(line[cents], locale)}
                error={errors[name]}
              />
            ))}
            <Button type="submit" name="intent" value="update" variant="secondary">
              {current && failure?.intent === "update"
                ? t("conflict.saveAnyway")
                : t("roadmaps.budget.save")}
            </Button>
            <button
              type="submit"
              name="intent"
              value="remove"
              className="rounded-control px-4 py-2 font-medium text-danger hover:bg-danger-soft"
            >
              {t("roadmaps.budget.remove")}
            </button>
          </Form>
        </details>
      ) : null}
    </li>
  );
}
