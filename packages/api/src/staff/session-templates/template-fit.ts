import type { Executor } from "@stepwise/db/client";
import { describeSessionTemplateViolation, sessionTemplateViolations, type TemplateSetting } from "@stepwise/domain";
import { ensureFacilitator } from "../facilitator";
import { refuseWithReasons } from "../../core/errors";

/**
 * Refuses a new or changed template that doesn't fit its program and schedule option, with every
 * reason, or whose facilitator is not a staff member.
 */
export async function ensureTemplateFits(
  tx: Executor,
  template: Parameters<typeof sessionTemplateViolations>[0] & { facilitatorStaffId?: string | null },
  setting: TemplateSetting,
) {
  const violations = sessionTemplateViolations(template, setting);
  if (violations.length > 0) {
    refuseWithReasons(
      "This session template doesn't fit its program or schedule option:",
      violations.map((violation) => describeSessionTemplateViolation(violation, setting.option.name)),
    );
  }
  await ensureFacilitator(tx, template.facilitatorStaffId);
}
