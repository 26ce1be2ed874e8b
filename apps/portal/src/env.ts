import { z } from "zod";

/**
 * The portal's own environment, read on first use (never at import), so `next build` needs no
 * runtime secrets. NEXTAUTH_SECRET is validated by @stepwise/auth and DATABASE_URL by the API's
 * database layer; this file holds only what the portal itself reads. No `server-only` import:
 * the proxy reads it too. Nothing here is a secret.
 */

/** `.env` files often leave a variable present but empty; treat that as unset. */
const blankAsUnset = (value: unknown) => (value === "" ? undefined : value);

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** The public origin; only used here to tell whether the app is served over https. */
  NEXTAUTH_URL: z.preprocess(blankAsUnset, z.url().optional()),
});

export type PortalEnv = z.infer<typeof schema>;

let cached: PortalEnv | undefined;

export function env(): PortalEnv {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`@stepwise/portal: invalid environment:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
