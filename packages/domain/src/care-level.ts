import { z } from "zod";

/** Levels of care this product runs, ordered from least to most intensive. */
export const careLevels = ["outpatient", "iop", "php"] as const;
export const careLevelSchema = z.enum(careLevels);
export type CareLevel = z.infer<typeof careLevelSchema>;
