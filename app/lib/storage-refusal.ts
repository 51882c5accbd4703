import { data, isRouteErrorResponse } from "react-router";

/** Why the database could not serve a request: no space left, or not reachable. */
export type StorageFailure = "full" | "unavailable";

export type StorageRefusal = { storage: StorageFailure };

/** The answer a request gets when storage fails: 503, read by the error page. */
export function storageRefusal(failure: StorageFailure) {
  return data<StorageRefusal>(
    { storage: failure },
    { status: 503, statusText: "Service Unavailable" },
  );
}

/** The storage failure an error page is showing, if it is one (server and browser alike). */
export function refusedStorage(error: unknown): StorageFailure | null {
  if (!isRouteErrorResponse(error) || error.status !== 503) return null;
  const storage = (error.data as Partial<StorageRefusal> | null)?.storage;
  return storage === "full" || storage === "unavailable" ? storage : null;
}
