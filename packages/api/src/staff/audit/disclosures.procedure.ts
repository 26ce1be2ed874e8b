import { auditCursorSchema, auditSearchPageSize, lastNameFirst } from "@stepwise/domain";
import { z } from "zod";
import { notFound } from "../../core/errors";
import { informationSeen } from "../../services/information-seen";
import { clientRecordProcedure } from "../scopes";
import { findClientNamesOnRecord } from "./audit.queries";

/**
 * A client's accounting of disclosures: every read of their information by a family member, newest
 * first, with who it was (as the client named them), their relationship, what was read and the
 * consents it was allowed under, with their dates. The rung names the client on this request's row.
 */
export const clientDisclosures = clientRecordProcedure("audit.read")
  .input(z.object({ before: auditCursorSchema.optional() }))
  .query(async ({ ctx, input }) => {
    const client = (await findClientNamesOnRecord(ctx.db, ctx.client.id)) ?? notFound();
    ctx.audit({ resource: { type: "disclosures", id: ctx.client.id } });
    const page = await informationSeen(ctx.db, ctx.client.id, { actorKinds: ["family"], before: input.before, size: auditSearchPageSize });
    return { client: { id: client.id, name: lastNameFirst(client) }, ...page };
  });
