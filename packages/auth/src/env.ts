import { z } from "zod";
import { ProxyList } from "./network-address";

/**
 * The only place in @stepwise/auth that reads process.env. Parsed on first use rather than at
 * import, so code that only hashes passwords or signs people in (the api's tests, seeds) does not
 * need the cookie secret; the apps call `createAuthOptions` at start and stop there when it is bad.
 */

/** `.env` files often leave a variable present but empty; treat that as unset. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
}

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Signs and encrypts the session cookie. Required everywhere (the launcher always sets one), so
  // development never silently runs on a guessable default.
  NEXTAUTH_SECRET: z
    .string({ error: "is required: set it to a random string of at least 32 characters, e.g. `openssl rand -base64 32`" })
    .min(32, { error: "must be at least 32 characters long, e.g. `openssl rand -base64 32`" }),
  // The public origin of the app. Only https origins get the __Secure-/__Host- cookie prefixes,
  // which browsers refuse over plain http (the demo runs on http://127.0.0.1).
  NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })),
  // The reverse proxies in front of the app, whose X-Forwarded-For is believed (request-address.ts):
  // comma-separated addresses or CIDR ranges. Empty by default: only the connection's peer counts.
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((text, context) => {
      try {
        return ProxyList.parse(text);
      } catch (error) {
        context.addIssue({ code: "custom", message: `${(error as Error).message} (give addresses or CIDR ranges, comma-separated)` });
        return z.NEVER;
      }
    }),
});

export interface AuthEnv {
  nodeEnv: "development" | "test" | "production";
  secret: string;
  publicUrl: string | undefined;
  /** True when the public origin is https: cookies are then Secure and prefixed. */
  secureCookies: boolean;
  /** The reverse proxies whose X-Forwarded-For is believed. */
  trustedProxies: ProxyList;
}

export function parseAuthEnv(source: Record<string, string | undefined>): AuthEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`@stepwise/auth: invalid environment:\n${problems}`);
  }
  const { NODE_ENV, NEXTAUTH_SECRET, NEXTAUTH_URL, TRUSTED_PROXIES } = parsed.data;
  return {
    nodeEnv: NODE_ENV,
    secret: NEXTAUTH_SECRET,
    publicUrl: NEXTAUTH_URL,
    secureCookies: NEXTAUTH_URL?.startsWith("https://") ?? false,
    trustedProxies: TRUSTED_PROXIES,
  };
}

let cached: AuthEnv | undefined;

export function authEnv(): AuthEnv {
  cached ??= parseAuthEnv(process.env);
  return cached;
}
