import path from "node:path";
import { z } from "zod";

const repoRoot = path.resolve(import.meta.dirname, "..", "..");

/** The launcher scripts' environment, read once; nothing else under scripts/ reads process.env. */
const schema = z.object({
  CHROMIUM_PATH: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  /** The tables' owner, for migrations; DATABASE_URL then names the app role (see prepareDatabase). */
  MIGRATION_DATABASE_URL: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  PORTAL_PORT: z.coerce.number().int().positive().default(3000),
  STAFF_PORT: z.coerce.number().int().positive().default(3001),
  STEPWISE_DATA_DIR: z.string().min(1).default(path.join(repoRoot, ".data")),
});

const blankAsUnset = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
export const scriptEnv = schema.parse(blankAsUnset);
