// The environment, parsed once with zod. Every other module reads `env()` instead of process.env,
// so a missing or malformed variable fails at first use with a message naming it.
import { z } from "zod";

const booleanish = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

// What "strong" means for AUTH_SECRET: 32+ characters (e.g. `openssl rand -base64 32`) that are
// not one character repeated and not a placeholder copied from documentation.
const WEAK_SECRETS = /^(.)\1*$|change|secret|example|placeholder|password/i;

// Names no push service can write to: a contact there is no contact (lib/push/rules.ts uses it).
const UNROUTABLE = /(^|\.)(localhost|local|lan|home|internal|test|invalid|example)$/i;

/** A contact a push service's operator could actually reach: mailto on a real domain, or https. */
export function isContactAddress(value: string): boolean {
  const mail = /^mailto:[^@\s]+@([a-z0-9-]+(\.[a-z0-9-]+)+)$/i.exec(value);
  if (mail) return !UNROUTABLE.test(mail[1]!);
  try {
    const url = new URL(value);
    return (
      url.protocol === "https:" && url.hostname.includes(".") && !UNROUTABLE.test(url.hostname)
    );
  } catch {
    return false;
  }
}

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({
        error:
          "is required: a postgresql:// connection string (npm start sets one for the embedded database)",
      })
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string"),
    /**
     * A connection straight to PostgreSQL, when DATABASE_URL goes through a pooler in transaction
     * mode: migrations and LISTEN (live updates, the token cache) need a session of their own.
     */
    DATABASE_DIRECT_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** Milliseconds to wait for a database connection before failing the request (never hang). */
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
    /** Connections per app process. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Log every SQL statement (development aid). */
    DATABASE_LOG_QUERIES: booleanish.default(false),
    /** Signs and encrypts session cookies. `npm start` creates one in DATA_DIR when unset. */
    AUTH_SECRET: z.string().optional(),
    /**
     * Behind a reverse proxy that appends the client's address to X-Forwarded-For: trust its
     * right-most entry. Off by default, because a client can send any X-Forwarded-For it likes.
     */
    TRUST_PROXY: booleanish.default(false),
    /** Seconds without a touch after which the family tablet returns to the kid picker. */
    TABLET_IDLE_SECONDS: z.coerce.number().int().min(10).max(3600).default(180),
    /**
     * Where people reach the app (https://routines.example.com): the base of the addresses it hands
     * out, such as calendar feeds, never taken from a request's Host header. `npm start` sets it to
     * this computer on the home network when unset.
     */
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: "must be an http:// or https:// address" })
      .transform((url) => url.replace(/\/+$/, ""))
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** Background work (webhook deliveries) in this process; false for a pages-only process. */
    JOBS_ENABLED: booleanish.default(true),
    /**
     * Webhooks may go to addresses on the home network (Home Assistant): true for a family's own
     * server, false for a hosted deployment of many families (SSRF, lib/webhooks/targets.ts).
     */
    WEBHOOKS_ALLOW_PRIVATE_TARGETS: booleanish.default(true),
    /** Home Assistant over MQTT (docs/mqtt.md): mqtt://user:password@host:1883; unset: off. */
    MQTT_URL: z
      .string()
      .regex(/^mqtts?:\/\//, "must be an mqtt:// or mqtts:// address")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    MQTT_TOPIC_PREFIX: z
      .string()
      .regex(/^[\w-]+(\/[\w-]+)*$/)
      .default("family-routines"),
    MQTT_DISCOVERY_PREFIX: z
      .string()
      .regex(/^[\w-]+$/)
      .default("homeassistant"),
    /**
     * Web Push's contact for the push services (RFC 8292): a mailto: address someone reads, or the
     * app's https:// address. Unset: PUBLIC_URL when it is https://; otherwise push is off, and
     * the Account page says why (docs/notifications.md).
     */
    VAPID_SUBJECT: z
      .string()
      .refine(isContactAddress, {
        error: "must be a mailto: address on a real domain or an https:// address",
      })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** `npm run bench:api` only: opens the baseline routes of the benchmark's build (app/api/bench). */
    BENCH_BASELINE: booleanish.default(false),
  })
  .superRefine((env, ctx) => {
    const secret = env.AUTH_SECRET ?? "";
    if (env.NODE_ENV === "production" && (secret.length < 32 || WEAK_SECRETS.test(secret))) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "must be a strong random value of 32+ characters in production (e.g. `openssl rand -base64 32`)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

/** Parses an environment; throws one error that names every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
      .join("\n");
    throw new Error(`Invalid environment:\n${problems}\nSee .env.example for every variable.`);
  }
  return result.data;
}

let parsed: Env | undefined;

/** The process environment, parsed on first use and then cached. */
export function env(): Env {
  parsed ??= parseEnv(process.env);
  return parsed;
}
