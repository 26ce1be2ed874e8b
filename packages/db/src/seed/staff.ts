import type { StaffRole } from "@stepwise/domain";
import { staffMembers, users } from "../schema";
import { demoPassword, demoStaffToSetUpEmail, type SeedContext, unusablePasswordHash } from "./center";

export type StaffKey = "bell" | "ortiz" | "whitaker" | "raman" | "castillo" | "greene" | "park";

interface StaffDefinition {
  key: StaffKey;
  displayName: string;
  email: string;
  role: StaffRole;
  credentials: string | null;
  /** Demo sign-ins get the shared demo password; everyone else an unusable one. */
  demoSignIn: boolean;
}

/** The demo clinician: the family sessions are theirs, so that sign-in shows them. */
export const demoClinicianEmail = "clinician@stepwise.test";

const staffDefinitions: readonly StaffDefinition[] = [
  { key: "bell", displayName: "Marcus Bell", email: demoClinicianEmail, role: "clinician", credentials: "LCSW", demoSignIn: true },
  { key: "ortiz", displayName: "Elena Ortiz", email: "elena.ortiz@harborview.test", role: "clinician", credentials: "LPC", demoSignIn: false },
  { key: "whitaker", displayName: "Samuel Whitaker", email: "samuel.whitaker@harborview.test", role: "clinician", credentials: "LCADC, LMHC", demoSignIn: false },
  { key: "raman", displayName: "Dr. Priya Raman", email: "priya.raman@harborview.test", role: "clinician", credentials: "MD, Psychiatry", demoSignIn: false },
  { key: "castillo", displayName: "Dr. Renee Castillo", email: "director@stepwise.test", role: "program_director", credentials: "PsyD", demoSignIn: true },
  { key: "greene", displayName: "Tasha Greene", email: "frontdesk@stepwise.test", role: "front_desk", credentials: null, demoSignIn: true },
  { key: "park", displayName: "Owen Park", email: demoStaffToSetUpEmail, role: "administrator", credentials: null, demoSignIn: true },
];

export type SeededStaff = Record<StaffKey, string>;

export async function seedStaff(context: SeedContext): Promise<SeededStaff> {
  const ids = {} as SeededStaff;
  for (const member of staffDefinitions) {
    const passwordHash = member.demoSignIn ? await context.hashPassword(demoPassword) : await unusablePasswordHash(context);
    const [user] = await context.tx
      .insert(users)
      .values({ email: member.email, passwordHash, kind: "staff", displayName: member.displayName })
      .returning({ id: users.id });
    if (!user) throw new Error(`seed: user ${member.email} was not inserted`);
    const [staffRow] = await context.tx
      .insert(staffMembers)
      .values({ userId: user.id, role: member.role, credentials: member.credentials })
      .returning({ id: staffMembers.id });
    if (!staffRow) throw new Error(`seed: staff member ${member.email} was not inserted`);
    ids[member.key] = staffRow.id;
  }
  return ids;
}
