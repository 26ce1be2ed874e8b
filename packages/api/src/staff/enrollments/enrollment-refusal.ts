import { type EnrollmentProblem, enrollmentRefusal } from "@stepwise/domain";
import { fail } from "../../core/errors";

/** Refuses the change with every reason in plain words when the domain found any. */
export function refuseIfProblems(lead: string, problems: readonly EnrollmentProblem[]): void {
  if (problems.length > 0) fail({ kind: "invalid", message: enrollmentRefusal(lead, problems) });
}
