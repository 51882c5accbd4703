/**
 * A write refused by a unique index (Prisma's P2002), on either provider: the row exists
 * already, often because a second request created it a moment earlier.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
