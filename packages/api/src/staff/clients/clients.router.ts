import { createRouter } from "../../core/trpc";
import { clientConsents } from "./consents.procedure";
import { createClient } from "./create.procedure";
import { clientDetail } from "./detail.procedure";
import { listClients } from "./list.procedure";
import { setupLink } from "./setup-link.procedure";

/** Finding clients, their record, intake of a new client, their portal link and what they share with family. */
export const clientsRouter = createRouter({ list: listClients, detail: clientDetail, create: createClient, setupLink, consents: clientConsents });
