import { Outlet } from "react-router";
import type { Route } from "./+types/authenticated";
import { requireUserMiddleware } from "~/lib/middleware.server";

export const middleware: Route.MiddlewareFunction[] = [requireUserMiddleware];

export default function Authenticated() {
  return <Outlet />;
}
