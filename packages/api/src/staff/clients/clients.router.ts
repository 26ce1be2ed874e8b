import { createRouter } from "../../trpc";
import { clientConsents } from "./client-consents.procedure";
import { clientDetail } from "./client-detail.procedure";
import { listClients } from "./client-list.procedure";
import { createClient } from "./create-client.procedure";
import { setupLink } from "./setup-link.procedure";

export const clientsRouter = createRouter({ list: listClients, detail: clientDetail, create: createClient, setupLink, consents: clientConsents });
