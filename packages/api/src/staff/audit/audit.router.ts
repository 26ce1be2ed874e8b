import { createRouter } from "../../core/trpc";
import { clientDisclosures } from "./disclosures.procedure";
import { exportAudit } from "./export.procedure";
import { auditFilterOptions } from "./filter-options.procedure";
import { searchAudit } from "./search.procedure";

/** The privacy officer's audit: search it, download it, and account for a client's disclosures. */
export const auditRouter = createRouter({ filterOptions: auditFilterOptions, search: searchAudit, export: exportAudit, disclosures: clientDisclosures });
