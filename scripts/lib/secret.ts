import path from "node:path";
import { localSecret as keptSecret } from "@stepwise/db/local-secret";

/**
 * The session-signing secret for a local install: NEXTAUTH_SECRET when given, otherwise one made
 * on first start and kept beside the embedded database (never committed).
 */
export function localSecret(dataDir: string, configured: string | undefined): string {
  return configured ?? keptSecret(path.join(dataDir, "nextauth-secret"));
}
