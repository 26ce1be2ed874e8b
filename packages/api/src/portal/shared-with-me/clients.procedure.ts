import { familyProcedure } from "../../core/trpc";
import { consentedClients, consentsNote } from "../../services/consent-access";

/**
 * The clients who share something with the caller right now, what each shares and until when.
 * Nobody else is listed: not a client who consented to someone else, nor one whose consent ended.
 */
export const sharedClients = familyProcedure.query(async ({ ctx }) => {
  const clients = await consentedClients(ctx.db, ctx.caller.userId, new Date());
  ctx.audit({
    clients: clients.map((client) => client.clientId),
    resource: { type: "consent" },
    detail: { scopes: Object.fromEntries(clients.map((client) => [client.clientId, client.scopes])), ...consentsNote(clients) },
  });
  return clients.map(({ clientId, name, firstName, relationship, scopes, until }) => ({ clientId, name, firstName, relationship, scopes, until }));
});
