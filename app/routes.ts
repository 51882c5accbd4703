import type { RouteConfig } from "@react-router/dev/routes";
import { index, layout, prefix, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-up", "routes/sign-up.tsx"),
  route("invite/:token", "routes/invite.tsx"),
  route("sign-out", "routes/sign-out.tsx"),
  route("locale", "routes/locale.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("readyz", "routes/readyz.ts"),
  layout("routes/authenticated.tsx", [
    route("onboarding", "routes/onboarding.tsx"),
    route("account", "routes/account.tsx"),
    ...prefix("o/:orgSlug", [
      layout("routes/org/layout.tsx", [
        index("routes/org/index.tsx"),
        route("settings", "routes/org/settings.tsx"),
        route("members", "routes/org/members.tsx"),
        route("roadmaps/:roadmapId", "routes/org/roadmap-overview.tsx"),
      ]),
    ]),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
