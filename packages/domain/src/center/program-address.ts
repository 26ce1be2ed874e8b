import type { CenterSettings } from "./center-settings";

/** Where a program's in-person sessions meet, and how to get in. */
export interface ProgramAddress {
  addressLines: readonly string[];
  parkingDirections: string | null;
}

/** A program's own address, or the center's when it meets there. */
export function programAddressOf(
  program: { addressLines: readonly string[] | null; parkingDirections: string | null },
  center: Pick<CenterSettings, "addressLines">,
): ProgramAddress {
  return { addressLines: program.addressLines ?? center.addressLines, parkingDirections: program.parkingDirections };
}
