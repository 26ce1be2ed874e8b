import { z } from "zod";
import { type CalendarDate, calendarDateSchema, calendarDateParts } from "../time/calendar-date";
import { emailAddressSchema } from "../accounts/email-address";
import { singleLineTextSchema } from "../common/text";

const personName = singleLineTextSchema.min(1, "Enter a name.").max(100);
/** An empty field means "none", so a form can send what the person left blank. */
const optionalText = (max: number) =>
  singleLineTextSchema
    .max(max)
    .optional()
    .transform((value) => (value === "" ? undefined : value));

/**
 * A new client as staff record them at referral: who they are, an optional email for their portal
 * account (they set their own password through a one-time link), and the program they are
 * referred to with the planned first day.
 */
export const clientIntakeInputSchema = z.object({
  firstName: personName,
  lastName: personName,
  preferredName: optionalText(100),
  dateOfBirth: calendarDateSchema,
  email: emailAddressSchema.optional(),
  programId: z.uuid(),
  plannedStartOn: calendarDateSchema,
});
export type ClientIntakeInput = z.infer<typeof clientIntakeInputSchema>;

/** Nobody in care is older than this; an older date of birth is a typing mistake. */
export const maxPlausibleAgeYears = 120;

export type ClientIntakeProblem =
  | { kind: "date_of_birth_not_in_past"; dateOfBirth: CalendarDate; today: CalendarDate }
  | { kind: "date_of_birth_implausibly_early"; dateOfBirth: CalendarDate; maxAgeYears: number }
  | { kind: "planned_start_before_birth"; plannedStartOn: CalendarDate; dateOfBirth: CalendarDate };

/** What is wrong with an intake beyond its shape, given today's date where the program runs. */
export function checkClientIntake(
  input: Pick<ClientIntakeInput, "dateOfBirth" | "plannedStartOn">,
  today: CalendarDate,
): ClientIntakeProblem[] {
  const problems: ClientIntakeProblem[] = [];
  if (input.dateOfBirth >= today) problems.push({ kind: "date_of_birth_not_in_past", dateOfBirth: input.dateOfBirth, today });
  const { year, month, day } = calendarDateParts(today);
  const earliest = `${String(year - maxPlausibleAgeYears).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  if (input.dateOfBirth < earliest) {
    problems.push({ kind: "date_of_birth_implausibly_early", dateOfBirth: input.dateOfBirth, maxAgeYears: maxPlausibleAgeYears });
  }
  if (input.plannedStartOn <= input.dateOfBirth) {
    problems.push({ kind: "planned_start_before_birth", plannedStartOn: input.plannedStartOn, dateOfBirth: input.dateOfBirth });
  }
  return problems;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

export function describeClientIntakeProblem(problem: ClientIntakeProblem): string {
  switch (problem.kind) {
    case "date_of_birth_not_in_past":
      return `The date of birth (${problem.dateOfBirth}) must be before today (${problem.today}).`;
    case "date_of_birth_implausibly_early":
      return `The date of birth (${problem.dateOfBirth}) is more than ${problem.maxAgeYears} years ago; please check it.`;
    case "planned_start_before_birth":
      return `The planned start (${problem.plannedStartOn}) must come after the date of birth (${problem.dateOfBirth}).`;
  }
}

/** The form field each problem belongs to. */
export function clientIntakeProblemField(problem: ClientIntakeProblem): keyof ClientIntakeInput {
  return problem.kind === "planned_start_before_birth" ? "plannedStartOn" : "dateOfBirth";
}
