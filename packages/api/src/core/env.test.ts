import { describe, expect, it } from "vitest";
import { showInvitationLinksIn } from "./env";

describe("showInvitationLinksIn", () => {
  it("shows links only when the deployment says exactly true", () => {
    expect(showInvitationLinksIn({ SHOW_INVITATION_LINKS: "true" })).toBe(true);
    expect(showInvitationLinksIn({})).toBe(false);
    expect(showInvitationLinksIn({ SHOW_INVITATION_LINKS: "" })).toBe(false);
    expect(showInvitationLinksIn({ SHOW_INVITATION_LINKS: "false" })).toBe(false);
  });

  it("stops at a value it doesn't know rather than guess", () => {
    expect(() => showInvitationLinksIn({ SHOW_INVITATION_LINKS: "yes" })).toThrow(/SHOW_INVITATION_LINKS/);
  });
});
