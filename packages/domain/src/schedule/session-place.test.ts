import { describe, expect, it } from "vitest";
import { placeOf } from "./session-place";

describe("placeOf", () => {
  it("says in person, by video, both, or nothing when neither is known", () => {
    expect(placeOf({ location: "Room 2", byVideo: false })).toBe("in_person");
    expect(placeOf({ location: null, byVideo: true })).toBe("video");
    expect(placeOf({ location: "Room 2", byVideo: true })).toBe("both");
    expect(placeOf({ location: null, byVideo: false })).toBeNull();
  });
});
