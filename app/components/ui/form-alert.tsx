import type { ReactNode } from "react";

/** The message above a form: an error (announced) or a success note. */
export function FormAlert({
  tone = "danger",
  children,
}: {
  tone?: "danger" | "success";
  children: ReactNode;
}) {
  if (!children) return null;
  return (
    <p
      role={tone === "danger" ? "alert" : "status"}
      className={`rounded-control px-3 py-2 font-medium ${
        tone === "danger" ? "bg-danger-soft text-danger" : "bg-success-soft text-success"
      }`}
    >
      {children}
    </p>
  );
}
