import type postgres from "postgres";

/**
 * The client drizzle is given: every statement with parameters is sent as a prepared statement.
 *
 * drizzle hands each query to postgres.js's `unsafe` with `prepare: false`, and postgres.js then
 * asks Postgres for the parameter types before it binds (two round trips), and Postgres plans the
 * statement afresh every time. Prepared, each connection parses and describes a query's text
 * once and keeps it (postgres.js's per-connection cache; it re-prepares if a migration changes
 * a table under it), so a read is one round trip. Statements without parameters (migrations,
 * DDL, several statements in one string) are sent as they were: they cannot be prepared.
 * Transactions and savepoints hand their callback a client wrapped the same way.
 */
export function preparedByDefault(client: postgres.Sql): postgres.Sql {
  return new Proxy(client, {
    get(target, key) {
      if (key === "unsafe") {
        return (query: string, parameters?: unknown[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, parameters as postgres.ParameterOrJSON<never>[], parameters?.length ? { ...options, prepare: true } : options);
      }
      if (key === "begin" || key === "savepoint") {
        return (...args: unknown[]) => {
          const work = args.pop() as (inner: postgres.Sql) => unknown;
          const open = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[key]!;
          return open.call(target, ...args, (inner: postgres.Sql) => work(preparedByDefault(inner)));
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
