import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` uses this: it needs no connection, so no URL is configured here.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./drizzle",
  strict: true,
});
