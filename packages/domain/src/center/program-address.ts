import type { CenterSettings } from "./center-settings";

/** Where a program's in-person sessions meet, and how to get in. */
export interface ProgramAddress {
  addressLines: readonly string[];
  parkingNote: string | null;
}

/** A program's own address, or the center's when it meets there. */
export function programAddressOf(
  program: { addressLines: readonly string[] | null; parkingNote: string | null },
  center: Pick<CenterSettings, "addressLines">,
): ProgramAddress {
  return { addressLines: program.addressLines ?? center.addressLines, parkingNote: program.parkingNote };
}
