import { describe, expect, it } from "vitest";
import { refusalMessage, refusalParts } from "./refusal";

describe("refusalMessage", () => {
  it("keeps the lead and every reason, in order, through a round trip", () => {
    const message = refusalMessage("These settings can't be saved:", ["First reason.", "Second reason."]);
    expect(refusalParts(message)).toEqual({ lead: "These settings can't be saved:", reasons: ["First reason.", "Second reason."] });
  });

  it("reads a one-line message as a lead with no reasons", () => {
    expect(refusalParts("This session is already cancelled.")).toEqual({ lead: "This session is already cancelled.", reasons: [] });
  });
});
