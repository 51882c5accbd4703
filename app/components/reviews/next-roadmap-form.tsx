import { Form, useNavigation } from "react-router";
import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { FormAlert } from "~/components/ui/form-alert";
import { formatNumber } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";

type DecisionKind = "scale" | "adjust" | "stop";

export type NextRoadmapFormPage = {
  lengthRange: { min: number; max: number };
  defaults: {
    startDate: string;
    lengthDays: number;
    phaseDays: Record<"analysis" | "pilot" | "scale", number>;
    title: string;
  };
  kpis: {
    id: string;
    name: string;
    unit: string;
    useCase: string;
    oldBaseline: number;
    baseline: number;
    baselineFromLast: boolean;
    targetInput: string;
  }[];
  useCases: { id: string; title: string; decision: DecisionKind; rolloutUnits: number }[];
};

export type NextRoadmapFailure = {
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  formError: string;
};

const decisionTone: Record<DecisionKind, Tone> = {
  scale: "success",
  adjust: "warning",
  stop: "neutral",
};

/**
 * The next roadmap's form: start, length and title prefilled from the review, one row
 * per carried KPI (new baseline, the target to confirm) and the review's use cases with
 * their rollout count. A refused save shows what was typed, with the errors beside it.
 */
export function NextRoadmapForm({
  page,
  startHint,
  failure,
}: {
  page: NextRoadmapFormPage;
  startHint: string;
  failure?: NextRoadmapFailure;
}) {
  const { t, locale } = useI18n();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const sent = failure?.values;
  const errors = failure?.fieldErrors ?? {};
  const value = (field: string, fallback: string) => sent?.[field] ?? fallback;
  const figure = (n: number, unit: string) => `${formatNumber(n, locale)}${unit ? ` ${unit}` : ""}`;
  return (
    <Form method="post" noValidate className="flex max-w-3xl flex-col gap-6">
      <FormAlert>{failure?.formError}</FormAlert>
      <Card className="flex flex-col gap-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t("nextRoadmap.fields.startDate")}
            name="startDate"
            type="date"
            required
            hint={startHint}
            defaultValue={value("startDate", page.defaults.startDate)}
            error={errors.startDate}
          />
          <Field
            label={t("nextRoadmap.fields.lengthDays")}
            name="lengthDays"
            type="number"
            inputMode="numeric"
            min={page.lengthRange.min}
            max={page.lengthRange.max}
            step={1}
            required
            hint={t("nextRoadmap.fields.lengthDaysHint", {
              ...page.lengthRange,
              days: page.defaults.lengthDays,
              ...page.defaults.phaseDays,
            })}
            defaultValue={value("lengthDays", String(page.defaults.lengthDays))}
            error={errors.lengthDays}
          />
        </div>
        <Field
          label={t("nextRoadmap.fields.title")}
          name="title"
          required
          maxLength={120}
          defaultValue={value("title", page.defaults.title)}
          error={errors.title}
        />
      </Card>

      <Card aria-labelledby="next-kpis" className="flex flex-col gap-4">
        <div>
          <CardTitle id="next-kpis">{t("nextRoadmap.kpis.title")}</CardTitle>
          <p className="mt-1 text-ink-muted">
            {page.kpis.length > 0 ? t("nextRoadmap.kpis.intro") : t("nextRoadmap.kpis.none")}
          </p>
        </div>
        {page.kpis.length > 0 ? (
          <ul className="flex flex-col divide-y divide-line">
            {page.kpis.map((kpi) => (
              <li
                key={kpi.id}
                className="grid gap-3 py-3 first:pt-0 last:pb-0 sm:grid-cols-[minmax(0,1fr)_14rem] sm:items-end"
              >
                <div>
                  <p className="font-medium">{kpi.name}</p>
                  {kpi.useCase ? (
                    <p className="text-caption text-ink-muted">{kpi.useCase}</p>
                  ) : null}
                  <p className="mt-1 text-caption">
                    {t("nextRoadmap.kpis.baseline")}:{" "}
                    <span className="font-medium tabular-nums">
                      {kpi.baselineFromLast
                        ? figure(kpi.baseline, kpi.unit)
                        : t("nextRoadmap.kpis.noValues", {
                            value: figure(kpi.oldBaseline, kpi.unit),
                          })}
                    </span>
                  </p>
                </div>
                <Field
                  label={t("nextRoadmap.kpis.target", { name: kpi.name })}
                  name={`target.${kpi.id}`}
                  inputMode="decimal"
                  defaultValue={value(`target.${kpi.id}`, kpi.targetInput)}
                  error={errors[`target.${kpi.id}`]}
                />
              </li>
            ))}
          </ul>
        ) : null}
      </Card>

      <Card aria-labelledby="next-use-cases" className="flex flex-col gap-3">
        <CardTitle id="next-use-cases">{t("nextRoadmap.useCases.title")}</CardTitle>
        {page.useCases.some((u) => u.decision !== "stop") ? (
          <ul className="flex flex-col gap-2">
            {page.useCases.map((useCase) => (
              <li key={useCase.id} className="flex flex-wrap items-center gap-2">
                <Badge tone={decisionTone[useCase.decision]}>
                  {t(`nextRoadmap.useCases.decision.${useCase.decision}`)}
                </Badge>
                {/* One run of text, so a long title wraps with its rollout count. */}
                <span>
                  <span className="font-medium">{useCase.title}</span>
                  {useCase.decision === "scale" ? (
                    <span className="text-ink-muted">
                      {" "}
                      · {t("nextRoadmap.useCases.rollout", { count: useCase.rolloutUnits })}
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-ink-muted">{t("nextRoadmap.useCases.none")}</p>
        )}
        {page.useCases.some((u) => u.decision === "stop") ? (
          <p className="text-caption text-ink-muted">{t("nextRoadmap.useCases.stopNote")}</p>
        ) : null}
      </Card>

      <div>
        <Button type="submit" disabled={busy}>
          {busy ? t("nextRoadmap.submitting") : t("nextRoadmap.submit")}
        </Button>
      </div>
    </Form>
  );
}
