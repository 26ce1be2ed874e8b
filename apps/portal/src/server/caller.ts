import "server-only";
import { createPortalCaller, createPortalRequestContext } from "@stepwise/api/portal";

/**
 * For server actions: the portal router called in-process for this request, with the caller
 * re-checked against the database exactly as an HTTP call would be.
 */
export async function portalCaller() {
  return createPortalCaller(await createPortalRequestContext());
}
