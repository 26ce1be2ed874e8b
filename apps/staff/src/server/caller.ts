import "server-only";
import { createStaffCaller, createStaffRequestContext } from "@stepwise/api/staff";

/**
 * For server actions: the staff router called in-process for this request, with the caller
 * re-checked against the database exactly as an HTTP call would be.
 */
export async function staffCaller() {
  return createStaffCaller(await createStaffRequestContext());
}
