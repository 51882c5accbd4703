import { redirect } from "react-router";
import type { Route } from "./+types/sign-out";
import { destroySession } from "~/lib/session.server";

export async function loader() {
  throw redirect("/");
}

export async function action({ request }: Route.ActionArgs) {
  return redirect("/sign-in", { headers: { "Set-Cookie": await destroySession(request) } });
}
