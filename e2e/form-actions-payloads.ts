// The malformed payloads of the generated form-action test (form-actions.spec.ts): for
// each field of a form, by the kind of value it takes, values that must be refused, and
// the ways a browser or a forger can send them (encodings, repeated fields, junk fields,
// bodies that are no form at all).

/** What a field takes, as app/lib/fields.ts builds it; `optional`: empty is allowed. */
export type FieldKind =
  | { kind: "text" | "multiline"; max: number; min?: number; optional?: true }
  | { kind: "email" }
  | { kind: "secret"; max: number; min?: number }
  | { kind: "date"; optional?: true }
  | { kind: "money"; maxEuros: number }
  | { kind: "count"; min?: number; max: number; optional?: true }
  | { kind: "decimal"; min: number; max: number; optional?: true }
  | { kind: "percent"; optional?: true }
  | { kind: "id"; optional?: true }
  | { kind: "ids" }
  | { kind: "choice"; optional?: true }
  | { kind: "version" }
  | { kind: "link"; max: number }
  | { kind: "checkbox" }
  /** A return path (redirectTo): empty or a path of the app, refused as a whole otherwise. */
  | { kind: "redirect" }
  /** A checked intent: a wrong one is refused, though not beside a field. */
  | { kind: "intent" };

export type Fields = Record<string, FieldKind>;
export type Form = Record<string, string>;

export type Payload = {
  label: string;
  /** The field it breaks: its refusal must name this field (unless only a status is expected). */
  field: string | null;
  /** The field's refusal shows beside it; false: only a 4xx is expected. */
  expectFieldError: boolean;
  /** The one status it must be refused with (bodies that are no form). */
  status?: number;
  body: Body;
};

export type Body =
  | { type: "urlencoded"; entries: [string, string][] }
  | { type: "multipart"; entries: [string, string | { file: string }][] }
  | { type: "raw"; contentType: string | null; text: string };

const MB = "x".repeat(1_000_000);
/** Far beyond every field's limit, but cheap: one field per form gets the megabyte. */
const LONG = "x".repeat(20_000);
const CONTROLS = "\u0000\u0001\u0007\u001b\u001f\u007f";

/** Values of a kind that are not a value of that kind (label → value; undefined: missing). */
function badValues(kind: FieldKind, valid: string, huge: string): [string, string | undefined][] {
  const required: [string, string | undefined][] =
    "optional" in kind && kind.optional
      ? []
      : [
          ["missing", undefined],
          ["empty", ""],
          ["blank", "  \t "],
        ];
  switch (kind.kind) {
    case "text":
    case "multiline": {
      const min = kind.min ?? 1;
      return [
        ...required,
        ...(kind.optional ? [] : ([["only control characters", CONTROLS]] as [string, string][])),
        ...(min > 1 ? ([["too short", "x".repeat(min - 1)]] as [string, string][]) : []),
        ["one too long", "x".repeat(kind.max + 1)],
        ["too long with a NUL", `${"x".repeat(kind.max + 1)}\u0000`],
        ["huge", huge],
      ];
    }
    case "email":
      return [
        ...required,
        ["no @", "kein-at.example"],
        ["no domain", "anna@"],
        ["no name", "@example.de"],
        ["space inside", "an na@example.de"],
        ["control characters only", CONTROLS],
        ["huge", `${huge}@example.de`],
      ];
    case "secret":
      return [
        ...required.filter(([label]) => label !== "blank"),
        ...((kind.min ?? 1) > 1 ? ([["too short", "kurz"]] as [string, string][]) : []),
        ["one too long", "x".repeat(kind.max + 1)],
        ["huge", huge],
      ];
    case "date":
      return [
        ...required,
        ["30 February", "2026-02-30"],
        ["month 13", "2026-13-01"],
        ["day 0", "2026-03-00"],
        ["year 1999", "1999-12-31"],
        ["year 2100", "2100-01-01"],
        ["year 202", "0202-03-01"],
        ["year 1900", "1900-01-01"],
        ["five-digit year", "20266-03-01"],
        ["German notation", "02.03.2026"],
        ["without zeros", "2026-3-2"],
        ["with a time", "2026-03-02T10:00:00Z"],
        ["a word", "heute"],
        ["NaN", "NaN"],
        ["with a NUL", "2026-03-02\u0000"],
        ["huge", huge],
      ];
    case "money":
      return [
        ["negative", "-1"],
        ["negative cents", "-0,01"],
        ["typographic minus", "\u221250"],
        ["NaN", "NaN"],
        ["Infinity", "Infinity"],
        ["exponent", "1e9"],
        ["hexadecimal", "0x10"],
        ["just over the field's maximum", `${kind.maxEuros},01`],
        ["50 million euros", "50000000"],
        ["a billion euros", "1000000000"],
        ["25 digits", "9".repeat(25)],
        ["three decimal marks", "12,3,4"],
        ["a word", "zwölf"],
        ["with a NUL", "5\u0000"],
        ["huge", huge],
      ];
    case "count":
      return [
        ...required,
        ["negative", "-1"],
        ["fraction", "1.5"],
        ["decimal comma", "1,5"],
        ["NaN", "NaN"],
        ["Infinity", "Infinity"],
        ["exponent", "1e3"],
        ["hexadecimal", "0x10"],
        ["one over the maximum", String(kind.max + 1)],
        ...((kind.min ?? 0) > 0
          ? ([["one under the minimum", String((kind.min ?? 0) - 1)]] as [string, string][])
          : []),
        ["over a 32-bit integer", "2147483648"],
        ["20 digits", "9".repeat(20)],
        ["a word", "zwölf"],
        ["with a NUL", "3\u0000"],
        ["huge", huge],
      ];
    case "decimal":
      return [
        ...required,
        ["NaN", "NaN"],
        ["Infinity", "Infinity"],
        ["minus Infinity", "-Infinity"],
        ["exponent", "1e5"],
        ["huge exponent", "1e400"],
        ["hexadecimal", "0x10"],
        ["above the maximum", String(kind.max * 10 || 1)],
        ["below the minimum", String(kind.min === 0 ? -1 : kind.min * 10)],
        ["three decimal marks", "12,3,4"],
        ["a word", "zwölf"],
        ["with a NUL", "7\u0000"],
        ["huge", huge],
      ];
    case "percent":
      return [
        ...required,
        ["negative", "-1"],
        ["over 100", "100,5"],
        ["NaN", "NaN"],
        ["Infinity", "Infinity"],
        ["a word", "viel"],
        ["with a NUL", "5\u0000"],
        ["huge", huge],
      ];
    case "id":
      return [
        ...required,
        ["too short", "x"],
        ["path", "../../etc/passwd"],
        ["SQL", "' OR 1=1 --"],
        ["too long", "a".repeat(41)],
        ["punctuation", "cm0!!!!!!!!!!"],
        ["with a NUL", `${valid}\u0000`],
        ["markup", "<script>alert(1)</script>"],
        ["huge", huge],
      ];
    case "ids":
      return [
        ...required,
        ["only commas", ",,,"],
        ["not an id", "x"],
        ["path", "../x"],
        ["with a NUL", `${valid}\u0000`],
        ["huge", huge],
      ];
    case "choice":
      return [
        ...required,
        ["unknown", "bogus"],
        ["upper case", valid.toUpperCase() === valid ? "X" + valid : valid.toUpperCase()],
        ["with a NUL", `${valid}\u0000`],
        ["markup", "<script>alert(1)</script>"],
        ["huge", huge],
      ];
    case "version":
      return [
        ["missing", undefined],
        ["empty", ""],
        ["zero", "0"],
        ["negative", "-1"],
        ["fraction", "1.5"],
        ["exponent", "1e3"],
        ["over a 32-bit integer", "2147483648"],
        ["a word", "eins"],
        ["with a NUL", "1\u0000"],
        ["huge", huge],
      ];
    case "link":
      return [
        ["script", "javascript:alert(1)"],
        ["ftp", "ftp://example.de/kurs"],
        ["no host", "https://"],
        ["too long", `https://example.de/${"x".repeat(kind.max)}`],
        ["huge", huge],
      ];
    case "redirect":
      return [
        ["another host", "//evil.example/"],
        ["a backslash", "/\\evil.example"],
        ["a tab", "/\t/evil.example/"],
        ["encoded slashes", "/%2F%2Fevil.example"],
        ["an address", "https://evil.example"],
        ["script", "javascript:alert(1)"],
        ["a header", "/account\r\nSet-Cookie: x=1"],
        ["too long", `/${"x".repeat(1000)}`],
        ["huge", huge],
      ];
    case "checkbox":
      return [
        ["unknown", "vielleicht"],
        ["huge", huge],
      ];
    case "intent":
      return [
        ["missing", undefined],
        ["empty", ""],
        ["unknown", "bogus"],
        ["upper case", valid.toUpperCase()],
        ["with a NUL", `${valid}\u0000`],
        ["huge", huge],
      ];
  }
}

function entriesWith(form: Form, field: string, value: string | undefined): [string, string][] {
  const entries = Object.entries(form).filter(([key]) => key !== field);
  return value === undefined ? entries : [...entries, [field, value]];
}

/** The broken value, then the valid one (a missing field stays missing). */
function withSecondValue(entries: [string, string][], field: string, form: Form) {
  const valid = form[field];
  const sent = entries.some(([key]) => key === field);
  return sent && valid !== undefined ? [...entries, [field, valid] as [string, string]] : entries;
}

/** The ways of sending one broken form; each still carries the broken value first. */
const VARIANTS: ((entries: [string, string][], field: string, form: Form) => Body)[] = [
  (entries) => ({ type: "urlencoded", entries }),
  (entries) => ({ type: "multipart", entries }),
  // A second, valid value after the broken one: only the first value of a field counts.
  (entries, field, form) => ({
    type: "urlencoded",
    entries: withSecondValue(entries, field, form),
  }),
  // Junk fields beside it: unknown fields are ignored, not merged into anything.
  (entries) => ({
    type: "urlencoded",
    entries: [
      ["__proto__", "x"],
      ["constructor[prototype][isAdmin]", "true"],
      ["orgId", "cm0fremdeorg00000000"],
      ...entries,
    ],
  }),
  (entries, field, form) => ({ type: "multipart", entries: withSecondValue(entries, field, form) }),
];

/**
 * Bodies that are no form at all, refused before any action reads them: 415 for another
 * type (or none), 400 for a form that cannot be read.
 */
function notAForm(form: Form): Payload[] {
  const json = JSON.stringify(form);
  return [
    { type: "raw", contentType: "application/json", text: json },
    { type: "raw", contentType: "text/plain", text: new URLSearchParams(form).toString() },
    { type: "raw", contentType: null, text: new URLSearchParams(form).toString() },
    {
      type: "raw",
      contentType: "multipart/form-data; boundary=kaputt",
      text: '--kaputt\r\nContent-Disposition: form-data; name="x"\r\n\r\nohne Ende',
    },
  ].map((body, i) => ({
    label: `no form (${["JSON", "plain text", "no content type", "broken multipart"][i]})`,
    field: null,
    expectFieldError: false,
    status: i < 3 ? 415 : 400,
    body: body as Body,
  }));
}

export const PAYLOADS_PER_FORM = 50;

/**
 * 50 malformed payloads for a form: bodies that are no form, a file where a required
 * field is expected (it counts as missing), then each field's bad values, sent in turn
 * through the variants above.
 */
export function malformedPayloads(form: Form, fields: Fields): Payload[] {
  const broken: { field: string; label: string; value: string | undefined; kind: FieldKind }[] = [];
  const megabyteField = Object.keys(fields).find((field) => fields[field]!.kind !== "intent");
  Object.entries(fields).forEach(([field, kind]) => {
    const huge = field === megabyteField ? MB : LONG;
    for (const [label, value] of badValues(kind, form[field] ?? "", huge)) {
      broken.push({
        field,
        label: label === "huge" ? `${huge.length} characters` : label,
        value,
        kind,
      });
    }
  });
  const payloads: Payload[] = notAForm(form);
  const firstRequired = broken.find((b) => b.label === "missing" && b.kind.kind !== "intent");
  if (firstRequired) {
    payloads.push({
      label: `${firstRequired.field}: a file instead of text`,
      field: firstRequired.field,
      expectFieldError: true,
      body: {
        type: "multipart",
        entries: [
          ...entriesWith(form, firstRequired.field, undefined),
          [firstRequired.field, { file: "kein Text" }],
        ],
      },
    });
  }
  // A form without fields (a button: "request approval", "archive") has nothing to break.
  if (broken.length === 0) return payloads;
  for (let round = 0; payloads.length < PAYLOADS_PER_FORM; round++) {
    const variant = VARIANTS[round % VARIANTS.length]!;
    for (const b of broken) {
      if (payloads.length >= PAYLOADS_PER_FORM) break;
      payloads.push({
        label: `${b.field}: ${b.label} (${variant === VARIANTS[0] ? "form" : `variant ${round % VARIANTS.length}`})`,
        field: b.field,
        expectFieldError: b.kind.kind !== "intent",
        body: variant(entriesWith(form, b.field, b.value), b.field, form),
      });
    }
  }
  return payloads;
}

/**
 * The valid form, its texts dressed with control characters a paste or a forger brings
 * along: they are stripped (tabs and line breaks kept where several lines are allowed),
 * never stored and never a 500.
 */
export function withControlCharacters(form: Form, fields: Fields): Form {
  const dressed: Form = { ...form };
  for (const [field, kind] of Object.entries(fields)) {
    const value = form[field];
    if (!value || (kind.kind !== "text" && kind.kind !== "multiline")) continue;
    const middle = Math.floor(value.length / 2);
    const inner = kind.kind === "multiline" ? "\u0000\r\n\t\u0007" : "\u0000\u0007";
    dressed[field] = `\u0001${value.slice(0, middle)}${inner}${value.slice(middle)}\u001f`;
  }
  return dressed;
}
