import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id; the package exports it as a const enum, which
// isolated-module builds cannot read.
const ARGON2ID = 2;

// argon2id with the library's defaults (19 MiB, 2 passes): the OWASP baseline.
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the e-mail is unknown keeps the response time
// the same, so timing does not reveal which e-mails are registered.
let dummyHash: Promise<string> | undefined;
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("fahrplan-dummy-password-for-timing");
  return dummyHash;
}
