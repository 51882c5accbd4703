import type { Collector } from "./collector";
import type { AssessmentAnswers } from "./questions";
import type { Role } from "./result";

/** The roles an organisation takes in the AI Act's value chain (Q2, Q3). */

const ROLE_ORDER: readonly Role[] = ["provider", "deployer", "distributor", "importer"];

export function rolesFrom(a: AssessmentAnswers, c: Collector): Set<Role> {
  const roles = new Set<Role>();
  const usedInternally = a.q3_use !== "offered_to_others";
  switch (a.q2_sourcing) {
    case "third_party_as_is":
      roles.add("deployer");
      // DECISION: the spec maps (a) to deployer only; offering the tool to others under
      // our own name is placing it on the market as ours (Art. 3(3)), so plan as provider
      // and ask for judgement rather than silently drop provider duties.
      if (a.q3_use === "offered_to_others" || a.q3_use === "both") {
        roles.add("provider");
        c.judge("offered-under-own-name", "q3_use");
      }
      break;
    case "built_on_third_party_model":
    case "developed_in_house":
      roles.add("provider");
      // Putting into service for own use counts (Art. 3(11)); an unanswered Q3 is read as
      // internal use too, which only adds duties.
      if (usedInternally) roles.add("deployer");
      break;
    case "resell":
      roles.add("distributor");
      if (a.q3_use === "internal" || a.q3_use === "both") roles.add("deployer");
      break;
    case "import_non_eu":
      roles.add("importer");
      if (a.q3_use === "internal" || a.q3_use === "both") roles.add("deployer");
      break;
    case undefined:
      break;
  }
  return roles;
}

export function ordered(roles: Set<Role>): Role[] {
  return ROLE_ORDER.filter((r) => roles.has(r));
}
