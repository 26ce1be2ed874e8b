import type { Executor } from "@stepwise/db/client";
import { clients } from "@stepwise/db/schema";
import { type ClientContact, type ClientContactInput, clientContactOf, lastNameFirst } from "@stepwise/domain";
import { eq } from "drizzle-orm";

const contactColumns = {
  phone: clients.phone,
  contactEmail: clients.contactEmail,
  emergencyContactName: clients.emergencyContactName,
  emergencyContactRelationship: clients.emergencyContactRelationship,
  emergencyContactPhone: clients.emergencyContactPhone,
};

/** How to reach a client on record (the rung has loaded them), with the name staff know them by. */
export async function findClientContact(db: Executor, clientId: string): Promise<ClientContact & { name: string }> {
  const [row] = await db
    .select({ ...contactColumns, firstName: clients.firstName, lastName: clients.lastName, preferredName: clients.preferredName })
    .from(clients)
    .where(eq(clients.id, clientId));
  return { name: lastNameFirst(row!), ...clientContactOf(row!) };
}

/** Replaces a client's contact details with what staff typed; a field left blank is cleared. */
export async function updateClientContact(db: Executor, clientId: string, contact: ClientContactInput): Promise<ClientContact> {
  const [row] = await db
    .update(clients)
    .set({
      phone: contact.phone,
      contactEmail: contact.email,
      emergencyContactName: contact.emergencyContact?.name ?? null,
      emergencyContactRelationship: contact.emergencyContact?.relationship ?? null,
      emergencyContactPhone: contact.emergencyContact?.phone ?? null,
    })
    .where(eq(clients.id, clientId))
    .returning(contactColumns);
  return clientContactOf(row!);
}
