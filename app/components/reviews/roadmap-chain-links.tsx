import { Link } from "react-router";
import { useI18n } from "~/lib/i18n/react";

type Linked = { id: string; title: string } | null;

/** "Folgt auf: Fahrplan 1 · Gefolgt von: Fahrplan 3": a roadmap's neighbours in the chain. */
export function RoadmapChainLinks({
  orgSlug,
  chain,
}: {
  orgSlug: string;
  chain: { predecessor: Linked; successor: Linked };
}) {
  const { t } = useI18n();
  const links = [
    [t("nextRoadmap.chain.follows"), chain.predecessor] as const,
    [t("nextRoadmap.chain.followedBy"), chain.successor] as const,
  ].filter((entry): entry is readonly [string, NonNullable<Linked>] => entry[1] !== null);
  if (links.length === 0) return null;
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-caption text-ink-muted">
      {links.map(([label, roadmap]) => (
        <span key={roadmap.id}>
          {label}:{" "}
          <Link
            to={`/o/${orgSlug}/roadmaps/${roadmap.id}`}
            className="font-medium text-ink underline underline-offset-2"
          >
            {roadmap.title}
          </Link>
        </span>
      ))}
    </p>
  );
}
