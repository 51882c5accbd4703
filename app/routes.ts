import type { RouteConfig, RouteConfigEntry } from "@react-router/dev/routes";
import { index, layout, prefix, route } from "@react-router/dev/routes";

// The benchmark's baseline page and statement counter (scripts/bench.ts), only in a
// build made with BENCH_BUILD=1 (the bench builds into build-bench/): production has
// no such URLs.
const benchRoutes: RouteConfigEntry[] =
  process.env.BENCH_BUILD === "1"
    ? [
        route("__bench/bare", "routes/bench-bare.tsx"),
        route("__bench/statements", "routes/bench-statements.ts"),
      ]
    : [];

export default [
  index("routes/home.tsx"),
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-up", "routes/sign-up.tsx"),
  route("sign-up/:token", "routes/sign-up-confirm.tsx"),
  route("invite/:token", "routes/invite.tsx"),
  // "Forgot password?": the request form, and the link from its mail
  route("forgot-password", "routes/forgot-password.tsx"),
  route("reset-password/:token", "routes/reset-password.tsx"),
  // The link that confirms a new e-mail address (account page)
  route("confirm-email/:token", "routes/confirm-email.tsx"),
  // One-click unsubscribe from a notification or digest mail (signed, no sign-in)
  route("unsubscribe/:token", "routes/unsubscribe.tsx"),
  route("sign-out", "routes/sign-out.tsx"),
  route("locale", "routes/locale.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("readyz", "routes/readyz.ts"),
  route("i18n/:locale/:version", "routes/i18n-catalogue.ts"),
  // The JSON API (bearer tokens, no session): its OpenAPI document, its reference page,
  // and every call (app/modules/api/routes.server.ts)
  route("api/v1/openapi.json", "routes/api/openapi.ts"),
  route("api/v1/docs", "routes/api/docs.ts"),
  route("api/v1/*", "routes/api/v1.ts"),
  layout("routes/authenticated.tsx", [
    route("onboarding", "routes/onboarding.tsx"),
    route("account", "routes/account.tsx"),
    route("theme", "routes/theme.tsx"),
    ...prefix("o/:orgSlug", [
      layout("routes/org/layout.tsx", [
        index("routes/org/index.tsx"),
        route("settings", "routes/org/settings.tsx"),
        // The organisation's mails and whether they went out (owner only)
        route("settings/outbox", "routes/org/outbox.tsx"),
        // Connections to other systems: the tokens of the JSON API (owners and managers)
        route("integrations", "routes/org/api-tokens.tsx"),
        // Webhook endpoints and their delivery logs (owners and managers)
        route("integrations/webhooks", "routes/org/webhooks.tsx"),
        route("integrations/webhooks/:endpointId", "routes/org/webhook.tsx"),
        route("members", "routes/org/members.tsx"),
        // The member's notifications (the bell) and how they want to hear of things
        route("notifications", "routes/org/notifications.tsx"),
        // Roadmaps (overview, plan, phase boards with their gates, tasks, learnings,
        // budget) and each person's own tasks across them
        route("roadmaps", "routes/org/roadmaps/index.tsx"),
        route("roadmaps/new", "routes/org/roadmaps/new.tsx"),
        route("roadmaps/:roadmapId", "routes/org/roadmaps/overview.tsx"),
        route("roadmaps/:roadmapId/edit", "routes/org/roadmaps/edit.tsx"),
        route("roadmaps/:roadmapId/phases/:phaseKind", "routes/org/roadmaps/board.tsx", [
          // The phase's gate (exit criteria, request, decision): its own action, shown in the board.
          route("gate", "routes/org/roadmaps/gate.tsx"),
        ]),
        route("roadmaps/:roadmapId/tasks/:taskId", "routes/org/roadmaps/task.tsx"),
        // A task's status (tick off, reopen, move), posted from the board, the task's page and
        // "My tasks".
        route("roadmaps/:roadmapId/tasks/:taskId/status", "routes/org/roadmaps/task-status.ts"),
        route("roadmaps/:roadmapId/learnings", "routes/org/roadmaps/learnings.tsx"),
        route("roadmaps/:roadmapId/budget", "routes/org/roadmaps/budget.tsx"),
        route("roadmaps/:roadmapId/next", "routes/org/roadmaps/next.tsx"),
        // The closing review; once completed, its decision paper (issue 16)
        route("roadmaps/:roadmapId/review", "routes/org/roadmaps/review.tsx"),
        route("my-tasks", "routes/org/my-tasks.tsx"),
        // KPIs and their measurements, leadership dashboard, reports and CSV/calendar exports
        route("kpis", "routes/org/kpis/index.tsx"),
        route("kpis/new", "routes/org/kpis/new.tsx"),
        route("kpis/:kpiId", "routes/org/kpis/detail.tsx"),
        route("kpis/:kpiId/edit", "routes/org/kpis/edit.tsx"),
        route("dashboard", "routes/org/dashboard.tsx"),
        route("dashboard/:roadmapId", "routes/org/dashboard-roadmap.tsx"),
        // All roadmaps on one timeline with their figures (issue 16)
        route("portfolio", "routes/org/portfolio.tsx"),
        route("reports", "routes/org/reports/index.tsx"),
        route("reports/calendar", "routes/org/reports/calendar.tsx"),
        route("reports/kpi-measurements.csv", "routes/org/reports/kpi-measurements-csv.ts"),
        route("reports/:roadmapId", "routes/org/reports/report.tsx"),
        route("reports/:roadmapId/tasks.csv", "routes/org/reports/tasks-csv.ts"),
        // Use cases and their priority matrix, EU AI Act assessments, the AI register
        route("use-cases", "routes/org/use-cases/index.tsx"),
        route("use-cases/new", "routes/org/use-cases/new.tsx"),
        route("use-cases/matrix", "routes/org/use-cases/matrix.tsx"),
        route("use-cases/:useCaseId", "routes/org/use-cases/detail.tsx"),
        route("use-cases/:useCaseId/edit", "routes/org/use-cases/edit.tsx"),
        route("use-cases/:useCaseId/assessment", "routes/org/use-cases/assessment-start.tsx"),
        route(
          "use-cases/:useCaseId/assessment/review",
          "routes/org/use-cases/assessment-review.tsx",
        ),
        route("use-cases/:useCaseId/assessment/:step", "routes/org/use-cases/assessment-step.tsx"),
        route("use-cases/:useCaseId/assessments", "routes/org/use-cases/assessment-history.tsx"),
        // Human oversight log per use case (issue 14)
        route("use-cases/:useCaseId/oversight", "routes/org/use-cases/oversight.tsx"),
        route("use-cases/:useCaseId/oversight/new", "routes/org/use-cases/oversight-new.tsx"),
        route(
          "use-cases/:useCaseId/oversight/:reviewId",
          "routes/org/use-cases/oversight-edit.tsx",
        ),
        route(
          "use-cases/:useCaseId/assessments/:assessmentId",
          "routes/org/use-cases/assessment-result.tsx",
        ),
        // Data basis per use case (issue 14)
        route("use-cases/:useCaseId/data-sources", "routes/org/use-cases/data-sources/index.tsx"),
        route("use-cases/:useCaseId/data-sources/new", "routes/org/use-cases/data-sources/new.tsx"),
        route(
          "use-cases/:useCaseId/data-sources/:dataSourceId/edit",
          "routes/org/use-cases/data-sources/edit.tsx",
        ),
        route("governance/register", "routes/org/governance/register.tsx"),
        route("governance/register.csv", "routes/org/governance/register-csv.ts"),
        route("audit", "routes/org/audit.tsx"),
        route("audit.csv", "routes/org/audit-csv.ts"),
        // AI literacy (Art 4): coverage, catalogue, completions, plan (issue 14)
        route("governance/literacy", "routes/org/governance/literacy/index.tsx"),
        route("governance/literacy/trainings", "routes/org/governance/literacy/trainings.tsx"),
        route(
          "governance/literacy/trainings/new",
          "routes/org/governance/literacy/training-new.tsx",
        ),
        route(
          "governance/literacy/trainings/:trainingId",
          "routes/org/governance/literacy/training-edit.tsx",
        ),
        route("governance/literacy/record", "routes/org/governance/literacy/record.tsx"),
        route("governance/literacy/plan", "routes/org/governance/literacy/plan.tsx"),
        route("use-cases/:useCaseId/team", "routes/org/use-cases/team.ts"),
      ]),
    ]),
  ]),
  ...benchRoutes,
  // The personal calendar feed (iCalendar): the secret in the URL is the credential.
  route("calendar/:token", "routes/calendar-feed.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
