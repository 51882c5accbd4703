import type { RouteConfig } from "@react-router/dev/routes";
import { index, layout, prefix, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("sign-in", "routes/sign-in.tsx"),
  route("sign-out", "routes/sign-out.tsx"),
  route("locale", "routes/locale.tsx"),
  route("healthz", "routes/healthz.ts"),
  layout("routes/authenticated.tsx", [
    ...prefix("o/:orgSlug", [
      layout("routes/org/layout.tsx", [
        index("routes/org/index.tsx"),
        route("roadmaps/:roadmapId", "routes/org/roadmap-overview.tsx"),
      ]),
    ]),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
