import type { StaffOutputs } from "@stepwise/api/staff";

/** A program with its schedule options, as the program/option pickers receive it. */
export type ProgramChoice = StaffOutputs["programs"]["list"][number];
export type ClientDetail = StaffOutputs["clients"]["detail"];
export type OpenEnrollment = NonNullable<ClientDetail["openEnrollment"]>;
/** A staff member who may be put on a care team. */
export type CareTeamOption = StaffOutputs["careTeam"]["options"][number];
export type CareTeamMember = ClientDetail["careTeam"][number];
