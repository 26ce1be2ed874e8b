import { describe, expect, it } from "vitest";
import { refusalParts } from "../common/refusal";
import { invitationRefusal } from "./invitation-acceptance";

describe("invitationRefusal", () => {
  it("tells someone with an account to check its password, and anyone else that the link can't be used", () => {
    const words = invitationRefusal([]);
    expect(words).toMatch(/family account with this email address, please check its password/);
    expect(words).toMatch(/can't be used any more/);
    expect(refusalParts(words).reasons).toEqual([]);
  });

  it("lists the policy's reasons below its lead, for someone new, and still speaks to someone with an account", () => {
    const { lead, reasons } = refusalParts(invitationRefusal(["Use at least 12 characters."]));
    expect(reasons).toEqual(["Use at least 12 characters."]);
    expect(lead).toMatch(/^We couldn't accept your invitation with that password\. If you're new/);
    expect(lead).toMatch(/If you already have a family account with this email address, enter its password\.$/);
  });
});
