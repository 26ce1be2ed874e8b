import type { InstrumentId, ObjectiveMeasure, PlanContent, SessionKind } from "@stepwise/domain";

/**
 * The editor's rows and how they become a plan's content. A row already in the plan keeps its key
 * (what hangs on it, a goal shared with family or an objective's mark, follows it); a new row's
 * key is made from its words when the form is sent, never one used before in this plan.
 */

export type MeasureKind = ObjectiveMeasure["kind"];

export interface ProblemRow {
  rowId: string;
  key: string | null;
  clientWords: string;
  clinicianWords: string;
}
export interface GoalRow {
  rowId: string;
  key: string | null;
  clientWords: string;
}
export interface ObjectiveRow {
  rowId: string;
  key: string | null;
  goalRowId: string;
  description: string;
  targetOn: string;
  kind: MeasureKind;
  instrument: InstrumentId;
  below: string;
  atLeastHours: string;
  weeksRunning: string;
}
export interface InterventionRow {
  rowId: string;
  key: string | null;
  sessionKind: SessionKind | "";
  timesPerWeek: string;
  responsibleStaffId: string;
}

export interface EditorRows {
  problems: ProblemRow[];
  goals: GoalRow[];
  objectives: ObjectiveRow[];
  interventions: InterventionRow[];
}

export type PlanPart = keyof EditorRows;

const existing = (part: PlanPart, key: string) => `${part}-${key}`;

export function emptyProblem(rowId: string): ProblemRow {
  return { rowId, key: null, clientWords: "", clinicianWords: "" };
}
export function emptyGoal(rowId: string): GoalRow {
  return { rowId, key: null, clientWords: "" };
}
export function emptyObjective(rowId: string, goalRowId: string): ObjectiveRow {
  return { rowId, key: null, goalRowId, description: "", targetOn: "", kind: "score_below", instrument: "phq9", below: "", atLeastHours: "", weeksRunning: "" };
}
export function emptyIntervention(rowId: string): InterventionRow {
  return { rowId, key: null, sessionKind: "", timesPerWeek: "", responsibleStaffId: "" };
}

/** The rows of a plan being changed, or one empty row of each part for a first plan. */
export function rowsOf(content: PlanContent | null): EditorRows {
  if (!content) {
    return { problems: [emptyProblem("new-p")], goals: [emptyGoal("new-g")], objectives: [emptyObjective("new-o", "new-g")], interventions: [emptyIntervention("new-i")] };
  }
  return {
    problems: content.problems.map((problem) => ({ rowId: existing("problems", problem.key), ...problem })),
    goals: content.goals.map((goal) => ({ rowId: existing("goals", goal.key), ...goal })),
    objectives: content.objectives.map((objective) => ({
      rowId: existing("objectives", objective.key),
      key: objective.key,
      goalRowId: existing("goals", objective.goalKey),
      description: objective.description,
      targetOn: objective.targetOn,
      kind: objective.measure.kind,
      instrument: objective.measure.kind === "score_below" ? objective.measure.instrument : "phq9",
      below: objective.measure.kind === "score_below" ? String(objective.measure.below) : "",
      atLeastHours: objective.measure.kind === "weekly_hours" ? String(objective.measure.atLeastHours) : "",
      weeksRunning: objective.measure.kind === "weekly_hours" ? String(objective.measure.weeksRunning) : "",
    })),
    interventions: content.interventions.map((intervention) => ({
      rowId: existing("interventions", intervention.key),
      key: intervention.key,
      sessionKind: intervention.sessionKind,
      timesPerWeek: String(intervention.timesPerWeek),
      responsibleStaffId: intervention.responsibleStaffId,
    })),
  };
}

/** "Sleep through the night" → "sleep-through-the-night", short enough to take a "-2". */
export function slugOf(words: string): string {
  const slug = words
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 36)
    .replace(/-+$/, "");
  return slug;
}

/** Keys for one part: kept ones as they are, new ones from their words, unique among all this plan ever used. */
function keysFor<T extends { rowId: string; key: string | null }>(rows: readonly T[], wordsOf: (row: T) => string, fallback: string, used: ReadonlySet<string>) {
  const taken = new Set(used);
  for (const row of rows) if (row.key) taken.add(row.key);
  const keys = new Map<string, string>();
  for (const row of rows) {
    if (row.key) {
      keys.set(row.rowId, row.key);
      continue;
    }
    const base = slugOf(wordsOf(row)) || fallback;
    let key = base;
    for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
    taken.add(key);
    keys.set(row.rowId, key);
  }
  return keys;
}

function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

function measureOf(row: ObjectiveRow) {
  switch (row.kind) {
    case "score_below":
      return { kind: row.kind, instrument: row.instrument, below: numberOrNull(row.below) };
    case "weekly_hours":
      return { kind: row.kind, atLeastHours: numberOrNull(row.atLeastHours), weeksRunning: numberOrNull(row.weeksRunning) };
    case "clinician_marked":
      return { kind: row.kind };
  }
}

/**
 * The content as the form sends it (the server action checks it against the plan's schema; an
 * empty number is sent as null, so it is named beside its field). `usedKeys` are every key the
 * plan had before, removed rows' too.
 */
export function contentOf(rows: EditorRows, usedKeys: Record<PlanPart, ReadonlySet<string>>) {
  const problemKeys = keysFor(rows.problems, (row) => row.clientWords, "problem", usedKeys.problems);
  const goalKeys = keysFor(rows.goals, (row) => row.clientWords, "goal", usedKeys.goals);
  const objectiveKeys = keysFor(rows.objectives, (row) => row.description, "objective", usedKeys.objectives);
  const interventionKeys = keysFor(rows.interventions, (row) => row.sessionKind, "intervention", usedKeys.interventions);
  return {
    problems: rows.problems.map((row) => ({ key: problemKeys.get(row.rowId), clientWords: row.clientWords, clinicianWords: row.clinicianWords })),
    goals: rows.goals.map((row) => ({ key: goalKeys.get(row.rowId), clientWords: row.clientWords })),
    objectives: rows.objectives.map((row) => ({
      key: objectiveKeys.get(row.rowId),
      goalKey: goalKeys.get(row.goalRowId) ?? "",
      description: row.description,
      targetOn: row.targetOn,
      measure: measureOf(row),
    })),
    interventions: rows.interventions.map((row) => ({
      key: interventionKeys.get(row.rowId),
      sessionKind: row.sessionKind,
      timesPerWeek: numberOrNull(row.timesPerWeek),
      responsibleStaffId: row.responsibleStaffId,
    })),
  };
}

/** Every key each part of the plan has used, so a new row never takes a removed row's key. */
export function usedKeysOf(content: PlanContent | null): Record<PlanPart, ReadonlySet<string>> {
  return {
    problems: new Set(content?.problems.map((item) => item.key) ?? []),
    goals: new Set(content?.goals.map((item) => item.key) ?? []),
    objectives: new Set(content?.objectives.map((item) => item.key) ?? []),
    interventions: new Set(content?.interventions.map((item) => item.key) ?? []),
  };
}
