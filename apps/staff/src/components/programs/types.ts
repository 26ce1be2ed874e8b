import type { StaffOutputs } from "@stepwise/api/staff";

/** A program's settings, options, templates and one week of its sessions, as its page receives them. */
export type ProgramDetail = StaffOutputs["programs"]["detail"];
