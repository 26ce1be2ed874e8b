import type { Executor } from "@stepwise/db/client";
import { centerSettings } from "@stepwise/db/schema";
import type { CenterSettings } from "@stepwise/domain";

/** The center's settings row, which migration 0012 makes and the deployment fills in. */
export async function findCenterSettings(db: Pick<Executor, "select">): Promise<CenterSettings> {
  const [row] = await db
    .select({ name: centerSettings.name, addressLines: centerSettings.addressLines, mainPhone: centerSettings.mainPhone, crisisLine: centerSettings.crisisLine })
    .from(centerSettings);
  // The migration writes the row and the app may not remove it: without it the schema is not ours.
  if (!row) throw new Error("center_settings has no row: run pnpm db:migrate");
  return row;
}
