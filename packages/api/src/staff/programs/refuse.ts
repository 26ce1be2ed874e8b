import { refusalMessage } from "@stepwise/domain";
import { fail } from "../../errors";

/** Refuses a change with every reason listed, in the domain's words. */
export function refuseWithReasons(lead: string, reasons: readonly string[]): never {
  return fail({ kind: "invalid", message: refusalMessage(lead, reasons) });
}
