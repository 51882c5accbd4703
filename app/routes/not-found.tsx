import { data } from "react-router";

export function loader() {
  throw data({ reason: "not_found" }, { status: 404 });
}

export async function action() {
  throw data({ reason: "not_found" }, { status: 404 });
}

export default function NotFound() {
  return null;
}
