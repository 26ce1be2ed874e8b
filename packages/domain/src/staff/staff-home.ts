import type { StaffRole } from "./staff-permission";

/**
 * The first screen each role came for. The front desk and clinicians run the day's sessions:
 * their home is Today (sessions today, who is expected, who is not marked yet). A program
 * director and an administrator watch the whole center: the compliance board. The privacy
 * officer reads the audit.
 */
export type StaffHome = "today" | "board" | "audit";

const homeByRole: Record<StaffRole, StaffHome> = {
  front_desk: "today",
  clinician: "today",
  program_director: "board",
  administrator: "board",
  privacy_officer: "audit",
};

export function staffHomeOf(role: StaffRole): StaffHome {
  return homeByRole[role];
}
