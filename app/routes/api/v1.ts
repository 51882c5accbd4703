import type { Route } from "./+types/v1";
import { serveApi } from "~/modules/api/handler.server";

// Every call of the JSON API under /api/v1 (app/modules/api/routes.server.ts lists them);
// GET and HEAD come here as loader calls, every other method as action calls.
export function loader({ request, params }: Route.LoaderArgs) {
  return serveApi(request, params["*"] ?? "");
}

export function action({ request, params }: Route.ActionArgs) {
  return serveApi(request, params["*"] ?? "");
}
