import { z } from "zod";

/**
 * Everything the session cookie carries: which user, which session row, which session version.
 * No name, email, role or client id: the cookie is readable by anyone holding the device, and
 * everything else is looked up again on each request.
 */
export const sessionClaimsSchema = z.object({
  sub: z.guid(),
  sid: z.guid(),
  sv: z.number().int().positive(),
});

export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

export function parseSessionClaims(token: unknown): SessionClaims | null {
  const parsed = sessionClaimsSchema.safeParse(token);
  return parsed.success ? { sub: parsed.data.sub, sid: parsed.data.sid, sv: parsed.data.sv } : null;
}
