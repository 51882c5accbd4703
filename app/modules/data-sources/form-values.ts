import type { DataSourceKind, LegalBasis, PersonalDataLevel } from "./fields";

/** A source's current values as its edit form shows them (all text, as a form posts them). */
export function sourceToFormValues(source: {
  name: string;
  systemOfRecord: string;
  ownerId: string | null;
  kind: DataSourceKind;
  personalData: PersonalDataLevel;
  legalBasis: LegalBasis | null;
  retention: string;
  sentToVendor: boolean;
}): Record<string, string> {
  return {
    name: source.name,
    systemOfRecord: source.systemOfRecord,
    ownerId: source.ownerId ?? "",
    kind: source.kind,
    personalData: source.personalData,
    legalBasis: source.legalBasis ?? "",
    retention: source.retention,
    sentToVendor: source.sentToVendor ? "yes" : "no",
  };
}
