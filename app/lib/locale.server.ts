import { createCookie } from "react-router";

/** The language choice of a visitor who is not signed in. */
export const localeCookie = createCookie("fahrplan_lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});
