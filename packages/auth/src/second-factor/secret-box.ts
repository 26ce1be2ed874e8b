import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authEnv } from "../env";

/**
 * The TOTP secret at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from the server's
 * NEXTAUTH_SECRET, so a copy of the database, or of a backup, gives nobody anyone's codes. The
 * account's id is bound in as associated data: a sealed secret copied onto another account's row
 * does not open. Stored as `v1.<iv>.<tag>.<ciphertext>`, base64url; the version leaves room for
 * another key or scheme later.
 */

const version = "v1";
const keys = new Map<string, Buffer>();

function keyFor(serverSecret: string): Buffer {
  let key = keys.get(serverSecret);
  if (!key) {
    // A key of its own for this one use: the cookie's keys are derived from the same secret by next-auth.
    key = Buffer.from(hkdfSync("sha256", serverSecret, "stepwise", "stepwise totp secret v1", 32));
    keys.set(serverSecret, key);
  }
  return key;
}

export function sealTotpSecret(secret: string, userId: string, serverSecret: string = authEnv().secret): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(serverSecret), iv);
  cipher.setAAD(Buffer.from(userId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [version, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

/**
 * The secret, or null when it does not open: sealed for another account, altered, or sealed under
 * another server secret (NEXTAUTH_SECRET was changed). The holder then uses a recovery code, or
 * asks for a reset.
 */
export function openTotpSecret(sealed: string, userId: string, serverSecret: string = authEnv().secret): string | null {
  const [tag, iv, authTag, ciphertext, ...rest] = sealed.split(".");
  if (tag !== version || !iv || !authTag || !ciphertext || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(serverSecret), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId, "utf8"));
    decipher.setAuthTag(Buffer.from(authTag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
