import { auditExportPageSize, auditSearchSchema } from "@stepwise/domain";
import { staffProcedure } from "../../core/trpc";
import { getAuditPage, searchNote } from "./search.handler";

/** Names written for each row; every client the row names is in the file by id. */
const namesPerRow = 20;

/**
 * One page of the audit for the CSV file, newest first: the staff app's download route asks for
 * page after page, so the file streams in constant memory, each page checked and audited like any
 * request. Its row names every client the page puts in the file.
 */
export const exportAudit = staffProcedure("audit.read")
  .input(auditSearchSchema)
  .query(async ({ ctx, input }) => {
    const page = await getAuditPage(ctx.db, input, { size: auditExportPageSize, namesPerRow, withClientIds: true });
    ctx.audit({
      clients: [input.clientId, ...page.rows.flatMap((row) => row.clientIds)],
      resource: { type: "audit_events" },
      detail: { search: searchNote(input), rows: page.rows.length },
    });
    return page;
  });
