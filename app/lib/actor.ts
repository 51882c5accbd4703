/**
 * Who does something, in which organisation: what every mutation takes so it can scope
 * its writes by `orgId` and record the audit event (with the request id, when there is one).
 */
export type Actor = { orgId: string; actorId: string; requestId?: string };
