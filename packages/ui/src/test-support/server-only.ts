// Stands in for the `server-only` package under vitest (vitest.config.ts): the tests run on the server.
export {};
