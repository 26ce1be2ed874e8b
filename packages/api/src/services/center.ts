import { getDatabase } from "@stepwise/db/client";
import { type CenterContact, centerContactOf } from "@stepwise/domain";
import { findCenterSettings } from "../queries/center.queries";

/**
 * The center's name, address and numbers, for the apps' header, footer and sign-in, signed in or
 * not: nothing about anyone in its care, so the read is not audited.
 */
export async function centerContact(): Promise<CenterContact> {
  return centerContactOf(await findCenterSettings(await getDatabase()));
}
