import { familyProcedure } from "../../trpc";
import { auditFamilyRead, consentedClients } from "../consent-access";

/**
 * The clients who share something with the caller right now, what each shares and until when.
 * Nobody else is listed: not a client who consented to someone else, nor one whose consent ended.
 */
export const sharedClients = familyProcedure.query(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const clients = await consentedClients(tx, ctx.caller.userId, new Date());
    for (const client of clients) {
      await auditFamilyRead(tx, ctx.caller, { action: "shared.clients", resourceType: "consent", scope: client.scopes }, [client.clientId]);
    }
    return clients.map(({ clientId, name, firstName, relationship, scopes, until }) => ({ clientId, name, firstName, relationship, scopes, until }));
  }),
);
