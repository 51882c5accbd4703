import { Form, Link, useNavigation, useParams, useSearchParams } from "react-router";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { FormAlert } from "~/components/ui/form-alert";
import { Select } from "~/components/ui/select";
import { formatDate } from "~/lib/i18n";
import { useI18n } from "~/lib/i18n/react";
import type { UseCaseTeam } from "~/modules/literacy/coverage.server";
import { LiteracyState } from "./literacy-state";
import { TeamCoverageBadge } from "./use-case-coverage-list";

const TEAM_ERRORS = ["not_member", "is_owner", "archived", "not_found"] as const;
type TeamError = (typeof TEAM_ERRORS)[number];

/**
 * The use case page's team section: owner and members with their AI literacy
 * (the use case's Art 4 evidence), and for those who may edit the use case a way
 * to add and remove members. Posts to the use case's team route, which comes back here.
 */
export function UseCaseTeamCard({ team, canEdit }: { team: UseCaseTeam | null; canEdit: boolean }) {
  const { t, locale } = useI18n();
  // Rendered on the use case page: organisation and use case come from its URL.
  const { orgSlug = "", useCaseId = "" } = useParams();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const action = `/o/${orgSlug}/use-cases/${useCaseId}/team`;
  const busy = navigation.state === "submitting" && navigation.formAction === action;
  if (!team) return null;
  const error = params.get("team");
  const errorKey = TEAM_ERRORS.includes(error as TeamError) ? (error as TeamError) : null;
  return (
    <Card id="team" aria-labelledby="team-title" className="flex scroll-mt-4 flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle id="team-title">{t("literacy.team.title")}</CardTitle>
        <TeamCoverageBadge coverage={team.coverage} />
      </div>
      <p className="text-caption text-ink-muted">{t("literacy.team.intro")}</p>
      {errorKey ? <FormAlert>{t(`literacy.team.error.${errorKey}`)}</FormAlert> : null}
      {team.team.length === 0 ? (
        <p className="text-ink-muted">{t("literacy.team.empty")}</p>
      ) : (
        <ul className="divide-y divide-line">
          {team.team.map((person) => (
            <li
              key={person.userId}
              className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2"
            >
              <span className="flex min-w-0 flex-wrap items-center gap-2">
                <span className="font-medium break-words">{person.name}</span>
                {person.isOwner ? <Badge tone="brand">{t("literacy.team.owner")}</Badge> : null}
              </span>
              <span className="flex flex-wrap items-center gap-2">
                <LiteracyState literacy={person.literacy} />
                {person.plannedBy ? (
                  <span className="text-caption text-ink-muted">
                    · {t("literacy.plannedUntil", { date: formatDate(person.plannedBy, locale) })}
                  </span>
                ) : null}
                {canEdit && !person.isOwner ? (
                  <Form method="post" action={action} preventScrollReset>
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="userId" value={person.userId} />
                    <button
                      type="submit"
                      disabled={busy}
                      aria-label={t("literacy.team.removeOf", { name: person.name })}
                      className="row-action text-danger hover:bg-danger-soft disabled:opacity-60"
                    >
                      {t("literacy.team.remove")}
                    </button>
                  </Form>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        team.candidates.length === 0 ? (
          <p className="text-caption text-ink-muted">{t("literacy.team.allOnTeam")}</p>
        ) : (
          <Form
            method="post"
            action={action}
            preventScrollReset
            className="flex flex-wrap items-end gap-2 border-t border-line pt-3"
          >
            <input type="hidden" name="intent" value="add" />
            <Select
              label={t("literacy.team.addLabel")}
              name="userId"
              className="min-w-0 flex-1 basis-48"
              options={[
                { value: "", label: t("literacy.team.chooseMember") },
                ...team.candidates.map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
            <Button type="submit" variant="secondary" disabled={busy}>
              {t("literacy.team.add")}
            </Button>
          </Form>
        )
      ) : null}
      <p className="text-caption">
        <Link
          to={`/o/${orgSlug}/governance/literacy#use-case-${useCaseId}`}
          className="font-medium text-brand underline underline-offset-2"
        >
          {t("literacy.team.literacyLink")}
        </Link>
      </p>
    </Card>
  );
}
