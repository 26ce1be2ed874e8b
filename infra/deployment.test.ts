import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/**
 * No container engine runs where the tests run, so the deployment files are checked for what
 * can be checked without one: they parse, and everything they name exists in this repository.
 */
const here = import.meta.dirname;
const repoRoot = path.resolve(here, "..");

type Service = {
  image?: string;
  command?: string[];
  working_dir?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
};
const compose = parse(readFileSync(path.join(here, "compose.yaml"), "utf8")) as { services: Record<string, Service> };
const dockerfile = readFileSync(path.join(here, "Dockerfile"), "utf8");
const apps = ["portal", "staff"] as const;

describe("compose.yaml", () => {
  it("runs PostgreSQL and each app, the apps only after the database is healthy", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["migrate", "portal", "postgres", "staff"]);
    expect(compose.services.postgres?.image).toMatch(/^postgres:\d+/);
    for (const app of apps) {
      expect(compose.services[app]?.depends_on?.postgres?.condition).toBe("service_healthy");
    }
  });

  it("builds each app from this repository's Dockerfile with the app's own name", () => {
    for (const app of apps) {
      const build = compose.services[app]?.build;
      expect(build?.args?.APP).toBe(app);
      const context = path.resolve(here, build?.context ?? "");
      expect(context).toBe(repoRoot);
      expect(existsSync(path.join(context, build?.dockerfile ?? ""))).toBe(true);
      expect(existsSync(path.join(repoRoot, "apps", app, "package.json"))).toBe(true);
    }
  });

  it("gives every app the environment it refuses to start without, and secrets only by reference", () => {
    // The staff app also names the portal, for the setup links it hands to new clients; both name
    // the proxy in front, whose X-Forwarded-For they believe.
    const required = {
      portal: ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "TRUSTED_PROXIES"],
      staff: ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "PORTAL_URL", "TRUSTED_PROXIES"],
    };
    for (const app of apps) {
      const environment = compose.services[app]?.environment ?? {};
      expect(Object.keys(environment).sort()).toEqual(required[app]);
      for (const value of Object.values(environment)) expect(value).toMatch(/\$\{[A-Z_]+/);
    }
    expect(compose.services.portal?.environment?.NEXTAUTH_SECRET).not.toBe(compose.services.staff?.environment?.NEXTAUTH_SECRET);
  });

  it("publishes the apps on loopback only, for a TLS proxy in front", () => {
    for (const app of apps) {
      for (const port of compose.services[app]?.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
    }
  });

  it("migrates as the owner before the apps start, and runs the apps as the app role", () => {
    const userOf = (url: string | undefined) => /^postgres:\/\/([^:@]+)[:@]/.exec(url ?? "")?.[1];
    const migrate = compose.services.migrate;
    const owner = compose.services.postgres?.environment?.POSTGRES_USER;
    expect(userOf(migrate?.environment?.MIGRATION_DATABASE_URL)).toBe(owner);
    expect(userOf(migrate?.environment?.DATABASE_URL)).toBe("stepwise_app");
    // The step's script exists where the image runs it from (the repository's root).
    expect(migrate?.working_dir).toBe("/repo");
    const script = migrate?.command?.find((part) => part.endsWith(".ts"));
    expect(script && existsSync(path.join(repoRoot, script))).toBe(true);
    expect(migrate?.depends_on?.postgres?.condition).toBe("service_healthy");
    for (const app of apps) {
      const environment = compose.services[app]?.environment ?? {};
      expect(userOf(environment.DATABASE_URL)).toBe("stepwise_app");
      // Same password variable as the one the migrate step sets; the owner's never reaches an app.
      expect(environment.DATABASE_URL?.replace(/:\?[^}]*\}/, "}")).toBe(migrate?.environment?.DATABASE_URL?.replace(/:\?[^}]*\}/, "}"));
      expect(Object.values(environment).join(" ")).not.toContain("POSTGRES_PASSWORD");
      expect(compose.services[app]?.depends_on?.migrate?.condition).toBe("service_completed_successfully");
    }
    expect(readFileSync(path.join(here, "env.example"), "utf8")).toMatch(/^APP_DATABASE_PASSWORD=$/m);
  });

  it("trusts, by default, the gateway of the network it pins: where a proxy on the host connects from", () => {
    const network = parse(readFileSync(path.join(here, "compose.yaml"), "utf8")) as { networks: { default: { ipam: { config: { subnet: string; gateway: string }[] } } } };
    const [range] = network.networks.default.ipam.config;
    for (const app of apps) expect(compose.services[app]?.environment?.TRUSTED_PROXIES).toBe(`\${TRUSTED_PROXIES:-${range?.gateway}}`);
    expect(range?.subnet.startsWith(range.gateway.split(".").slice(0, 3).join("."))).toBe(true);
    expect(readFileSync(path.join(here, "env.example"), "utf8")).toMatch(new RegExp(`^TRUSTED_PROXIES=${range?.gateway}$`, "m"));
  });
});

describe("Dockerfile", () => {
  it("installs the pnpm version the repository pins, from the committed lockfile", () => {
    const rootPackage = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { packageManager: string };
    const pinned = rootPackage.packageManager.replace("pnpm@", "");
    expect(dockerfile).toContain(`npm install -g pnpm@${pinned}`);
    expect(dockerfile).toContain("pnpm install --frozen-lockfile");
    expect(existsSync(path.join(repoRoot, "pnpm-lock.yaml"))).toBe(true);
  });

  it("builds and starts the app it is given, as an unprivileged user", () => {
    expect(dockerfile).toContain("turbo run build --filter=@stepwise/${APP}");
    expect(dockerfile).toMatch(/WORKDIR \/repo\/apps\/\$\{APP\}/);
    expect(dockerfile).toMatch(/^USER stepwise$/m);
    expect(dockerfile).toContain('CMD ["node", "../../scripts/serve-app.mjs", "--port", "3000"]');
    // From WORKDIR /repo/apps/${APP}, the server script is the repository's.
    expect(existsSync(path.join(repoRoot, "apps", "portal", "../../scripts/serve-app.mjs"))).toBe(true);
  });

  it("serves through a script that writes the peer-address header sign-in throttling reads", () => {
    const headerIn = (file: string) => /peerAddressHeader = "([^"]+)"/.exec(readFileSync(path.join(repoRoot, file), "utf8"))?.[1];
    expect(headerIn("scripts/serve-app.mjs")).toMatch(/^x-[a-z-]+$/);
    expect(headerIn("scripts/serve-app.mjs")).toBe(headerIn("packages/auth/src/request-address.ts"));
  });
});
