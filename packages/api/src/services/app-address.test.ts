import { describe, expect, it } from "vitest";
import { appAddressIn } from "./app-address";

describe("appAddressIn", () => {
  it("puts the path on the app's public origin", () => {
    expect(appAddressIn({ publicUrl: "https://portal.example.org", nodeEnv: "production" }, "portal", "/invitation/abc_-1")).toBe(
      "https://portal.example.org/invitation/abc_-1",
    );
    expect(appAddressIn({ publicUrl: "http://127.0.0.1:3000/", nodeEnv: "development" }, "portal", "/invitation/x")).toBe(
      "http://127.0.0.1:3000/invitation/x",
    );
    expect(appAddressIn({ publicUrl: "https://staff.example.org", nodeEnv: "production" }, "staff", "/reset-password/x")).toBe(
      "https://staff.example.org/reset-password/x",
    );
  });

  it("falls back to the app's local address only outside production", () => {
    expect(appAddressIn({ publicUrl: undefined, nodeEnv: "development" }, "portal", "/invitation/x")).toBe("http://localhost:3000/invitation/x");
    expect(appAddressIn({ publicUrl: undefined, nodeEnv: "test" }, "staff", "/reset-password/x")).toBe("http://localhost:3001/reset-password/x");
    expect(() => appAddressIn({ publicUrl: undefined, nodeEnv: "production" }, "staff", "/reset-password/x")).toThrow(/NEXTAUTH_URL/);
  });
});
