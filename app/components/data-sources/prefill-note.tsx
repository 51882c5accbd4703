import { Link } from "react-router";
import { useI18n } from "~/lib/i18n/react";
import type { QuestionView } from "~/modules/assessments/questions";
import type { PrefillNote as Note } from "~/modules/data-sources/prefill";

/**
 * Beside a wizard question: "taken from the data sources" for a pre-filled answer, or
 * what the sources name beyond a given answer; with a link to the sources.
 */
export function PrefillNote({
  note,
  question,
  href,
}: {
  note: Note;
  question: QuestionView;
  href: string;
}) {
  const { t, locale } = useI18n();
  const label = (value: string) =>
    question.options.find((o) => String(o.value) === value)?.label[locale] ?? value;
  const text =
    note.kind === "prefilled"
      ? t("dataSources.prefill.prefilled")
      : note.missing
        ? t("dataSources.prefill.differs", { values: note.missing.map(label).join(", ") })
        : t("dataSources.prefill.vendorDiffers");
  return (
    <p>
      {text}{" "}
      <Link to={href} className="font-medium text-brand underline underline-offset-2">
        {t("dataSources.prefill.link")}
      </Link>
    </p>
  );
}
