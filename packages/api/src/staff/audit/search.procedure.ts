import { auditSearchPageSize, auditSearchSchema } from "@stepwise/domain";
import { staffProcedure } from "../../core/trpc";
import { getAuditPage, searchNote } from "./search.handler";

/** Names shown for each row on the page; the rest are counted ("and 1,995 more"). */
const namesPerRow = 5;

/**
 * The audit trail, searched by client, staff member, action, outcome and period, a page at a time,
 * newest first. Reading the audit is itself audited: the row names every client whose name the
 * page shows, and the client searched for even when nothing matched.
 */
export const searchAudit = staffProcedure("audit.read")
  .input(auditSearchSchema)
  .query(async ({ ctx, input }) => {
    const page = await getAuditPage(ctx.db, input, { size: auditSearchPageSize, namesPerRow, withClientIds: false });
    ctx.audit({
      clients: [input.clientId, ...page.rows.flatMap((row) => row.clients.map((client) => client.id))],
      resource: { type: "audit_events" },
      detail: { search: searchNote(input) },
    });
    return { rows: page.rows.map(({ clientIds: _all, ...row }) => row), nextBefore: page.nextBefore };
  });
