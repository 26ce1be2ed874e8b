/** Where a session happens, as a family member is told it: never the video link or who else attends. */
export type SessionPlace = "in_person" | "video" | "both";

export function placeOf(session: { location: string | null; byVideo: boolean }): SessionPlace | null {
  if (session.location !== null && session.byVideo) return "both";
  if (session.byVideo) return "video";
  return session.location !== null ? "in_person" : null;
}
