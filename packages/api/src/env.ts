import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

/** The API's environment, read once; nothing else in this package reads process.env. */
export const env = schema.parse({ NODE_ENV: process.env.NODE_ENV });
