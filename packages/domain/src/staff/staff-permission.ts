import { z } from "zod";

export const staffRoles = ["clinician", "program_director", "front_desk", "administrator", "privacy_officer"] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Permissions are `resource.action` strings; every staff procedure names the one it needs. */
export const staffPermissions = [
  "roster.read",
  "client.read",
  /** Read and keep up a client's phone, email and emergency contact: the roles that reach out. */
  "client.contact",
  "program.write",
  "enrollment.write",
  "level_of_care.write",
  "attendance.write",
  "family_session.write",
  /** Read a client's check-in answers, scores and trends, and the program outcomes. */
  "measures.read",
  /** Record a check-in given on paper, or correct one, on the client's behalf. */
  "measures.write",
  /** Take up a safety alert: acknowledge it, note what was done, resolve it. */
  "alerts.acknowledge",
  /** Read a client's treatment plan, its versions and signatures. */
  "plans.read",
  /** Write a new version of a client's treatment plan, and sign it for the care team. */
  "plans.write",
  /** Rate the level-of-care dimensions, and confirm or decline the recommendation. */
  "level_of_care.assess",
  /** Open the utilization-review packet and a client's payer authorizations. */
  "utilization_review.read",
  /** Record a payer's authorization. */
  "authorizations.write",
  "staff.manage",
  /** Reset a colleague's authenticator app when they have lost it (never one's own). */
  "second_factor.reset",
  /** Search and export the audit trail, and account for a client's disclosures. */
  "audit.read",
] as const;
export const staffPermissionSchema = z.enum(staffPermissions);
export type StaffPermission = z.infer<typeof staffPermissionSchema>;

/** What a clinician does, and a program director with it: care for clients, their records and measures. */
const clinicalCare: readonly StaffPermission[] = [
  "roster.read",
  "client.read",
  "client.contact",
  "enrollment.write",
  "level_of_care.write",
  "attendance.write",
  "family_session.write",
  "measures.read",
  "measures.write",
  "alerts.acknowledge",
  "plans.read",
  "plans.write",
  "level_of_care.assess",
  "utilization_review.read",
  "authorizations.write",
];

const permissionsByRole: Record<StaffRole, readonly StaffPermission[]> = {
  clinician: clinicalCare,
  program_director: [...clinicalCare, "program.write", "second_factor.reset"],
  // Calls a client who missed a session ("Outreach due"), without opening their record; never
  // sees a check-in's answers or scores.
  front_desk: ["roster.read", "client.contact", "attendance.write"],
  administrator: ["roster.read", "program.write", "staff.manage", "second_factor.reset"],
  // Reads the audit, never a record: who saw what is their work, what it said is not.
  privacy_officer: ["audit.read"],
};

export function permissionsOf(role: StaffRole): readonly StaffPermission[] {
  return permissionsByRole[role];
}

export function staffMay(role: StaffRole, permission: StaffPermission): boolean {
  return permissionsByRole[role].includes(permission);
}

/**
 * Who may lead a program session: every role but the front desk, which takes attendance rather than
 * groups, and the privacy officer, who reads the audit.
 */
export function mayFacilitateSession(role: StaffRole): boolean {
  return role !== "front_desk" && role !== "privacy_officer";
}

/** The roles that may lead a program session. */
export const facilitatorRoles: readonly StaffRole[] = staffRoles.filter(mayFacilitateSession);
