import "server-only";
import { env } from "~/env";

/** A portal page's full address when PORTAL_URL is set; otherwise just its path. */
export function portalAddress(path: string): string {
  const origin = env().PORTAL_URL;
  return origin ? new URL(path, origin).toString() : path;
}
