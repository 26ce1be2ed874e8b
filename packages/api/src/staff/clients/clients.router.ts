import { createRouter } from "../../core/trpc";
import { clientConsents } from "./consents.procedure";
import { clientContact, updateContact } from "./contact.procedure";
import { createClient } from "./create.procedure";
import { clientDetail } from "./detail.procedure";
import { listClients } from "./list.procedure";
import { setupLink } from "./setup-link.procedure";

/** Finding clients, their record, intake of a new client, their portal link, what they share with family and how to reach them. */
export const clientsRouter = createRouter({
  list: listClients,
  detail: clientDetail,
  create: createClient,
  setupLink,
  consents: clientConsents,
  contact: clientContact,
  updateContact,
});
