import { createRouter } from "../../trpc";
import { clientDetail } from "./client-detail.procedure";
import { listClients } from "./client-list.procedure";
import { createClient } from "./create-client.procedure";
import { setupLink } from "./setup-link.procedure";

export const clientsRouter = createRouter({ list: listClients, detail: clientDetail, create: createClient, setupLink });
