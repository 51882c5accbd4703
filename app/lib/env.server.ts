import { z } from "zod";
import { DEFAULT_DATABASE_URL, getDatabaseProvider } from "./db-url";

// Every variable has a safe default, so the demo runs with nothing set.
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .default(DEFAULT_DATABASE_URL)
      .refine((url) => {
        try {
          getDatabaseProvider(url);
          return true;
        } catch {
          return false;
        }
      }, 'must start with "file:" or "postgres://"'),
    /** Connections per app instance (PostgreSQL only). */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    /**
     * The mail server, e.g. smtp://user:password@mail.example.de:587 or smtps://…:465
     * (nodemailer's URL form). Unset: mails are kept in the outbox and shown to each
     * organisation's owner (and logged) instead of sent.
     */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    /** The sender of every mail, e.g. "Fahrplan <fahrplan@example.de>"; needed with SMTP_URL. */
    MAIL_FROM: z.string().min(3).max(200).optional(),
    /**
     * The app's public address (https://fahrplan.example.de): links in mails and feeds,
     * and the only origin that may post forms. Unset: the request's own origin.
     */
    APP_ORIGIN: z
      .url({ protocol: /^https?$/ })
      .transform((url) => new URL(url).origin)
      .optional(),
    /**
     * The server's secret for signed links (one-click unsubscribe in mails), at least 32
     * characters. Unset: a random key made once and kept in the database (SigningKey).
     */
    SESSION_SECRET: z.string().min(32).optional(),
    /** API requests a token may make in any 10 seconds (app/modules/api/rate-limit.server.ts). */
    API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(100),
    /**
     * Tests and development only: lets webhooks go to http://localhost even with
     * NODE_ENV=production (the end-to-end run's local receiver). Never set it in production.
     */
    WEBHOOKS_ALLOW_LOCALHOST: z
      .enum(["0", "1"])
      .default("0")
      .transform((v) => v === "1"),
    /** Set to "true" when served over TLS (directly or behind a proxy). */
    SECURE_COOKIES: z
      .enum(["true", "false"])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === "true")),
  })
  .refine((e) => !e.SMTP_URL || e.MAIL_FROM, {
    path: ["MAIL_FROM"],
    message: "is needed when SMTP_URL is set",
  });

export type Env = z.infer<typeof EnvSchema>;

function loadEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
      .join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

export const env = loadEnv();
