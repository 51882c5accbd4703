import { Badge } from "~/components/ui/badge";
import type { Tone } from "~/components/ui/badge";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { PersonLiteracy } from "~/modules/literacy/coverage";

const TONES: Record<PersonLiteracy["state"], Tone> = {
  trained: "success",
  expired: "warning",
  missing: "danger",
};

/** A person's Art 4 state as a badge with the date that matters (until when, or since when not). */
export function LiteracyState({ literacy }: { literacy: PersonLiteracy }) {
  const { t, locale } = useI18n();
  const date = literacy.validUntil ? formatDate(literacy.validUntil, locale) : null;
  const detail =
    literacy.state === "trained"
      ? date
        ? literacy.isExpiringSoon
          ? t("literacy.expiresSoon", { date })
          : t("literacy.validUntil", { date })
        : t("literacy.noExpiry")
      : literacy.state === "expired" && date
        ? t("literacy.validUntil", { date })
        : null;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <Badge tone={literacy.isExpiringSoon ? "warning" : TONES[literacy.state]}>
        {t(`literacy.state.${literacy.state}`)}
      </Badge>
      {detail ? <span className="text-caption text-ink-muted">{detail}</span> : null}
    </span>
  );
}
