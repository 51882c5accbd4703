import { createContext } from "react-router";
import type { Logger } from "./logger.server";
import type { Locale } from "./i18n";
import type { Role } from "./permissions";
import type { SessionMembership, SessionUser } from "./session.server";

export type RequestInfo = { requestId: string; log: Logger; locale: Locale };
export const requestContext = createContext<RequestInfo>();

export const userContext = createContext<SessionUser | null>(null);

export type OrgScope = {
  org: SessionMembership["organisation"];
  role: Role;
  canApproveGates: boolean;
  /** The signed-in member's user id and the roadmap they last opened here. */
  userId: string;
  lastRoadmapId: string | null;
  /** Unread notifications here (read with the session: the bell costs no query of its own). */
  unread: number;
};
export const orgContext = createContext<OrgScope>();
