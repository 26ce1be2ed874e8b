import { z } from "zod";

/** What happens in a program session (DOMAIN.md §1, session content). */
export const sessionKinds = [
  "process_group",
  "skills_group",
  "psychoeducation",
  "individual",
  "family",
  "medication_management",
  "case_management",
] as const;
export const sessionKindSchema = z.enum(sessionKinds);
export type SessionKind = z.infer<typeof sessionKindSchema>;
