import { z } from "zod";
import type { MessageKey } from "~/lib/i18n";
import { DEMO_PASSWORD } from "../demo/people";
import list from "./common-passwords.txt?raw";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-length";

// NIST SP 800-63B (rev. 4): length over composition rules; no upper bound below 64;
// refuse passwords known from breaches and lists of common ones, and words from the
// context (the user's name and e-mail, the published demo password).
// See docs/decisions/0013-sign-in-throttles-and-sign-up-without-enumeration.md.
export { PASSWORD_MAX, PASSWORD_MIN };

/** Lower case, letters and digits only: "Anna.Weber-2026!" and "annaweber2026" compare alike. */
function fold(value: string): string {
  return value
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

const COMMON = new Set(
  list
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map(fold),
);

// The words that breached passwords of twelve and more characters are mostly built
// from: one of these, decorated with digits and symbols ("Passwort2026!", "sommer12345").
const COMMON_WORDS = new Set([
  "passwort",
  "password",
  "passw0rd",
  "kennwort",
  "geheim",
  "secret",
  "qwertz",
  "qwerty",
  "asdfgh",
  "yxcvbn",
  "zxcvbn",
  "hallo",
  "hello",
  "welcome",
  "willkommen",
  "admin",
  "administrator",
  "letmein",
  "iloveyou",
  "ichliebedich",
  "schatz",
  "sommer",
  "winter",
  "fruehling",
  "frühling",
  "herbst",
  "summer",
  "spring",
  "autumn",
  "january",
  "januar",
  "fussball",
  "fußball",
  "football",
  "baseball",
  "bayern",
  "fcbayern",
  "schalke",
  "borussia",
  "dortmund",
  "hamburg",
  "berlin",
  "muenchen",
  "münchen",
  "deutschland",
  "germany",
  "monkey",
  "dragon",
  "master",
  "sunshine",
  "princess",
  "shadow",
  "superman",
  "batman",
  "pokemon",
  "starwars",
  "test",
  "testtest",
  "fahrplan",
  "start",
  "login",
  "changeme",
  "default",
  "firma",
  "company",
  "abc",
  "abcdef",
  "qwe",
  "asd",
  "user",
  "benutzer",
]);

/** "Passwort2026!" → "passwort": the word without leading or trailing digits and symbols. */
function core(folded: string): string {
  return folded.replace(/^\d+/, "").replace(/\d+$/, "");
}

/** A run like "aaaaaaaaaaaa", "abcabcabcabc", "123412341234" or "1234567890123". */
function isPattern(folded: string): boolean {
  for (let size = 1; size <= folded.length / 3; size++) {
    if (folded.length % size === 0 && folded.slice(0, size).repeat(folded.length / size) === folded)
      return true;
  }
  const codes = [...folded].map((c) => c.codePointAt(0)!);
  const steps = codes.slice(1).map((code, i) => code - codes[i]!);
  return steps.every((step) => step === 1 || step === -9) || steps.every((step) => step === -1);
}

/** Common, breached or trivially patterned: on the shipped list, a common word with digits, or a run. */
export function isCommonPassword(password: string): boolean {
  const folded = fold(password);
  if (COMMON.has(folded) || COMMON.has(password.trim().toLowerCase())) return true;
  const word = core(folded);
  if (COMMON_WORDS.has(word) || COMMON.has(word)) return true;
  return isPattern(folded);
}

/** The published demo password (README, sign-in page): never for a real account. */
export function isDemoPassword(password: string): boolean {
  return fold(password) === fold(DEMO_PASSWORD);
}

/**
 * Whether the password is made of the person's own name or e-mail (or its local
 * part), perhaps with digits and symbols around it: the first thing someone who
 * knows the address tries.
 */
export function isPersonalPassword(
  password: string,
  person: { email?: string | null; name?: string | null },
): boolean {
  const folded = fold(password);
  const email = person.email?.trim() ?? "";
  const words = [
    email,
    email.split("@")[0] ?? "",
    person.name ?? "",
    ...(person.name ?? "").split(/\s+/),
  ]
    .map(fold)
    .filter((word) => word.length >= 3);
  return words.some((word) => {
    if (!folded.includes(word)) return false;
    // What is left besides the name or address: too little to make it a password.
    const rest = folded.replaceAll(word, "");
    return rest.length < 6 || /^\d+$/.test(rest) || COMMON_WORDS.has(core(rest));
  });
}

export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN)
  .max(PASSWORD_MAX)
  .refine((password) => !isCommonPassword(password), "validation.passwordCommon")
  .refine((password) => !isDemoPassword(password), "validation.passwordDemo");

/** The check NewPasswordSchema cannot make alone: the person's own name and e-mail. */
export function personalPasswordProblem(
  password: string,
  person: { email?: string | null; name?: string | null },
): MessageKey | null {
  return isPersonalPassword(password, person) ? "validation.passwordPersonal" : null;
}
