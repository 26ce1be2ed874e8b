import { staffProcedure } from "../../core/trpc";
import { findStaffAccounts } from "./audit.queries";

/** Who the audit search can be narrowed to: every staff member, by name, with their role. Names no client. */
export const auditFilterOptions = staffProcedure("audit.read").query(async ({ ctx }) => ({ staff: await findStaffAccounts(ctx.db) }));
