import { describe, expect, it } from "vitest";
import { portalAddressIn } from "./portal-address";

describe("portalAddressIn", () => {
  it("puts the path on the portal's public origin", () => {
    expect(portalAddressIn({ publicUrl: "https://portal.example.org", nodeEnv: "production" }, "/invitation/abc_-1")).toBe(
      "https://portal.example.org/invitation/abc_-1",
    );
    expect(portalAddressIn({ publicUrl: "http://127.0.0.1:3000/", nodeEnv: "development" }, "/invitation/x")).toBe("http://127.0.0.1:3000/invitation/x");
  });

  it("falls back to the local portal only outside production", () => {
    expect(portalAddressIn({ publicUrl: undefined, nodeEnv: "development" }, "/invitation/x")).toBe("http://localhost:3000/invitation/x");
    expect(() => portalAddressIn({ publicUrl: undefined, nodeEnv: "production" }, "/invitation/x")).toThrow(/NEXTAUTH_URL/);
  });
});
