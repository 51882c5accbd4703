import { formatCents, formatDate } from "~/lib/i18n";
import type { Locale, MessageKey, TFunction } from "~/lib/i18n";
import { PERSON_FIELDS } from "~/modules/audit/entities";
import type { AuditValue } from "~/modules/audit/log";

/**
 * Where the words for a stored code live, by "entity.field" or by field alone
 * (a task's status "done" reads "Erledigt", a role "viewer" reads "Lesend").
 */
const VALUE_PREFIX: Record<string, string> = {
  "task.status": "task.status",
  "task.priority": "task.priority",
  "roadmap.status": "roadmap.status",
  "gate.status": "phase.gateStatus",
  gateStatus: "phase.gateStatus",
  "use_case.status": "useCases.status",
  "use_case.area": "useCases.area",
  tier: "assessment.tier",
  category: "kpis.category",
  direction: "kpis.direction",
  role: "role",
  phase: "phase",
  "training.topic": "literacy.topic",
  "training.format": "literacy.format",
  "data_source.kind": "dataSources.kind",
  personalData: "dataSources.personalData",
  legalBasis: "dataSources.legalBasis",
  aspect: "dataSources.aspect",
};

/** A message for a key built at run time, or the fallback when the catalogue has none. */
export function lookup(t: TFunction, key: string, fallback: string): string {
  const text = t(key as MessageKey);
  return text === key ? fallback : text;
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One before/after value of an audit event in the reader's words. */
export function formatAuditValue(
  value: AuditValue,
  context: {
    entity: string;
    field: string;
    t: TFunction;
    locale: Locale;
    people: ReadonlyMap<string, string>;
  },
): string {
  const { entity, field, t, locale, people } = context;
  if (value === null || value === "") return t("audit.empty");
  if (typeof value === "boolean") return value ? t("audit.yes") : t("audit.no");
  if (typeof value === "object") return t("audit.items", { count: value.count });
  if (typeof value === "number") {
    return field.endsWith("Cents")
      ? formatCents(value, locale)
      : new Intl.NumberFormat(locale).format(value);
  }
  if (PERSON_FIELDS.has(field)) return people.get(value) ?? t("audit.removedPerson");
  if (CALENDAR_DAY.test(value)) return formatDate(value, locale);
  if (INSTANT.test(value)) return formatDate(value, locale);
  const prefix = VALUE_PREFIX[`${entity}.${field}`] ?? VALUE_PREFIX[field];
  return prefix ? lookup(t, `${prefix}.${value}`, value) : value;
}
