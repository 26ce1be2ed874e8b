/** How much of a session's attendance is on record: clients expected, and how many have a record. */
export interface AttendanceProgress {
  expected: number;
  recorded: number;
}

export type AttendanceAction = "take" | "review";

/**
 * What staff do next with a session's attendance: take it while anyone expected is still
 * unmarked, review it once everyone has a record (corrections stay possible, each kept as a
 * revision). A session nobody is expected at is still "take": someone may walk in.
 */
export function attendanceAction(progress: AttendanceProgress): AttendanceAction {
  return progress.recorded > 0 && progress.recorded >= progress.expected ? "review" : "take";
}

/** How many expected clients have no record yet (never below zero: walk-ins add records). */
export function attendanceUnmarked(progress: AttendanceProgress): number {
  return Math.max(0, progress.expected - progress.recorded);
}

/** The link's words, the same on the sessions list, a session's page and the Today view. */
export const attendanceActionLabels: Record<AttendanceAction, string> = {
  take: "Take attendance",
  review: "Review attendance",
};
