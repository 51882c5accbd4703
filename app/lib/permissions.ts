// Permissions are data: one map from role to the actions it may take. The
// server checks it (requirePermission → 403); the UI asks the same map
// (can(role, action)) to hide controls the server would refuse.
export const ROLES = ["owner", "manager", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "org:update",
  "org:delete",
  "member:invite",
  "member:update",
  "member:remove",
  "roadmap:create",
  "roadmap:update",
  "roadmap:delete",
  "phase:update",
  "gate:request",
  "gate:approve",
  "task:create",
  "task:update",
  "task:complete",
  "task:delete",
  "usecase:create",
  "usecase:update",
  "assessment:update",
  "kpi:create",
  "kpi:update",
  "measurement:record",
  "learning:create",
  "budget:update",
  "audit:read",
  "audit:read-own",
  "report:read",
  // Governance records: members record what they did, managers keep the catalogues and
  // may correct or delete any record.
  "oversight:record",
  "oversight:manage",
  "training:record",
  "training:manage",
  "datasource:check",
  "datasource:manage",
  // Connections to other systems: API tokens (and what they may do through /api/v1),
  // webhook endpoints (their secrets, their delivery log). Owners and managers.
  "integration:manage",
] as const;
export type Action = (typeof ACTIONS)[number];

const MANAGER: Action[] = [
  "roadmap:create",
  "roadmap:update",
  "phase:update",
  "gate:request",
  "task:create",
  "task:update",
  "task:complete",
  "task:delete",
  "usecase:create",
  "usecase:update",
  "assessment:update",
  "kpi:create",
  "kpi:update",
  "measurement:record",
  "learning:create",
  "budget:update",
  "audit:read",
  "audit:read-own",
  "report:read",
  "oversight:record",
  "oversight:manage",
  "training:record",
  "training:manage",
  "datasource:check",
  "datasource:manage",
  "integration:manage",
];

export const PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  owner: new Set<Action>([
    ...MANAGER,
    "org:update",
    "org:delete",
    "member:invite",
    "member:update",
    "member:remove",
    "roadmap:delete",
    "gate:approve",
  ]),
  manager: new Set<Action>(MANAGER),
  member: new Set<Action>([
    "task:complete",
    "measurement:record",
    "learning:create",
    "report:read",
    "audit:read-own",
    "oversight:record",
    "training:record",
    "datasource:check",
  ]),
  viewer: new Set<Action>(["audit:read", "audit:read-own", "report:read"]),
};

/**
 * Viewers (e.g. leadership, the works council) approve gates only when
 * designated; owners always may.
 */
export function can(role: Role, action: Action, options: { canApproveGates?: boolean } = {}) {
  if (action === "gate:approve" && role === "viewer" && options.canApproveGates) return true;
  return PERMISSIONS[role].has(action);
}
