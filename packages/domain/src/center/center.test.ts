import { describe, expect, it } from "vitest";
import { centerContactOf, centerSignatureLines } from "./center-settings";
import { programAddressOf } from "./program-address";

const harborview = {
  name: "Harborview Behavioral Health",
  addressLines: ["1200 Harbor Street, Suite 300", "Boston, MA 02110"],
  mainPhone: "(617) 555-0100",
  crisisLine: "(617) 555-0142",
};

describe("the center", () => {
  it("keeps the main number and the crisis line apart", () => {
    const contact = centerContactOf(harborview);
    expect(contact.mainPhone).toEqual({ tel: "+16175550100", display: "(617) 555-0100" });
    expect(contact.crisisLine.tel).toBe("+16175550142");
  });

  it("signs a mail with its name, address and main number", () => {
    expect(centerSignatureLines(centerContactOf(harborview))).toEqual([
      "Harborview Behavioral Health",
      "1200 Harbor Street, Suite 300",
      "Boston, MA 02110",
      "Questions? Call us at (617) 555-0100.",
    ]);
  });

  it("places a program's sessions at its own address, else at the center's", () => {
    expect(programAddressOf({ addressLines: ["48 Wharf Road", "Boston, MA 02109"], parkingDirections: "Street parking" }, harborview)).toEqual({
      addressLines: ["48 Wharf Road", "Boston, MA 02109"],
      parkingDirections: "Street parking",
    });
    expect(programAddressOf({ addressLines: null, parkingDirections: null }, harborview)).toEqual({ addressLines: harborview.addressLines, parkingDirections: null });
  });
});
