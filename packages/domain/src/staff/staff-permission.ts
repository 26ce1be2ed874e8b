import { z } from "zod";

export const staffRoles = ["clinician", "program_director", "front_desk", "administrator"] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Permissions are `resource.action` strings; every staff procedure names the one it needs. */
export const staffPermissions = [
  "roster.read",
  "client.read",
  "program.write",
  "enrollment.write",
  "level_of_care.write",
  "attendance.write",
  "family_session.write",
  "staff.manage",
] as const;
export const staffPermissionSchema = z.enum(staffPermissions);
export type StaffPermission = z.infer<typeof staffPermissionSchema>;

const permissionsByRole: Record<StaffRole, readonly StaffPermission[]> = {
  clinician: ["roster.read", "client.read", "enrollment.write", "level_of_care.write", "attendance.write", "family_session.write"],
  program_director: [
    "roster.read",
    "client.read",
    "program.write",
    "enrollment.write",
    "level_of_care.write",
    "attendance.write",
    "family_session.write",
  ],
  front_desk: ["roster.read", "attendance.write"],
  administrator: ["roster.read", "program.write", "staff.manage"],
};

export function permissionsOf(role: StaffRole): readonly StaffPermission[] {
  return permissionsByRole[role];
}

export function staffMay(role: StaffRole, permission: StaffPermission): boolean {
  return permissionsByRole[role].includes(permission);
}

/** Who may lead a program session: every role but the front desk, which takes attendance rather than groups. */
export function mayFacilitateSession(role: StaffRole): boolean {
  return role !== "front_desk";
}

/** The roles that may lead a program session. */
export const facilitatorRoles: readonly StaffRole[] = staffRoles.filter(mayFacilitateSession);
