import { z } from "zod";

/** The kinds of people who sign in. A client and a staff member never share an app. */
export const accountKinds = ["client", "family", "staff"] as const;
export const accountKindSchema = z.enum(accountKinds);
export type AccountKind = z.infer<typeof accountKindSchema>;
