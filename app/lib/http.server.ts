import { data } from "react-router";

// Thrown responses are caught by the one shared error boundary in root.tsx.
export function notFound(): never {
  throw data({ reason: "not_found" }, { status: 404 });
}

export function forbidden(): never {
  throw data({ reason: "forbidden" }, { status: 403 });
}

export function badRequest(): never {
  throw data({ reason: "bad_request" }, { status: 400 });
}
