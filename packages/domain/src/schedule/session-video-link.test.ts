import { describe, expect, it } from "vitest";
import { joinableVideoUrl } from "./session-video-link";

const now = new Date("2026-03-02T20:00:00Z");
const upcoming = { videoUrl: "https://video.example/room", endsAt: new Date("2026-03-02T23:00:00Z"), cancelled: false };

describe("joinableVideoUrl", () => {
  it("hands over an https link for a session still to come or under way", () => {
    expect(joinableVideoUrl(upcoming, now)).toBe("https://video.example/room");
  });

  it("hands over nothing once the session is over", () => {
    expect(joinableVideoUrl({ ...upcoming, endsAt: now }, now)).toBeNull();
  });

  it("hands over nothing for a cancelled session", () => {
    expect(joinableVideoUrl({ ...upcoming, cancelled: true }, now)).toBeNull();
  });

  it.each(["http://video.example/room", "javascript:alert(1)", "not a url"])("refuses %s", (videoUrl) => {
    expect(joinableVideoUrl({ ...upcoming, videoUrl }, now)).toBeNull();
  });
});
