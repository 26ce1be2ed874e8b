"use client";

import { type InstrumentId, type PlanContent, type SessionKind, instrumentIds, instruments, maxPlanWords, sessionKinds } from "@stepwise/domain";
import type { ValuesFormState } from "@stepwise/ui/form-state";
import { FormMessage, SubmitButton, useFocusFirstProblem } from "@stepwise/ui/forms";
import { staffLabels } from "@stepwise/ui/labels";
import { type ReactNode, useActionState, useMemo, useRef, useState } from "react";
import { writePlanAction } from "~/app/(signed-in)/clients/[clientId]/plan/actions";
import {
  type EditorRows,
  type GoalRow,
  type InterventionRow,
  type MeasureKind,
  type ObjectiveRow,
  type PlanPart,
  type ProblemRow,
  contentOf,
  emptyGoal,
  emptyIntervention,
  emptyObjective,
  emptyProblem,
  rowsOf,
  usedKeysOf,
} from "./plan-editor-rows";
import type { PlanStaffOption } from "./plan-types";

const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };

const measureKindLabels: Record<MeasureKind, string> = {
  score_below: "A check-in score under a target",
  weekly_hours: "At least some hours a week, for some weeks running",
  clinician_marked: "Marked met by the clinician",
};

const partWords: Record<PlanPart, { one: string; legend: string }> = {
  problems: { one: "Problem", legend: "Problems" },
  goals: { one: "Goal", legend: "Goals" },
  objectives: { one: "Objective", legend: "Objectives" },
  interventions: { one: "Intervention", legend: "Interventions" },
};

const fieldWords: Record<string, string> = {
  clientWords: "in the client's words",
  clinicianWords: "in the clinician's words",
  description: "what the client will do",
  goalKey: "goal",
  targetOn: "target date",
  "measure.kind": "how it is measured",
  "measure.instrument": "check-in",
  "measure.below": "score under",
  "measure.atLeastHours": "hours a week",
  "measure.weeksRunning": "weeks running",
  sessionKind: "kind of session",
  timesPerWeek: "times a week",
  responsibleStaffId: "responsible",
};

/** The text field a key's problem is shown beside: keys are made from these words. */
const keyField: Record<PlanPart, string> = { problems: "clientWords", goals: "clientWords", objectives: "description", interventions: "sessionKind" };

/** "content.goals.0.clientWords" → the input's id; a key's error goes to the words it is made from. */
function fieldIdOf(name: string): string {
  const parts = name.split(".");
  if (parts[0] !== "content") return `plan-${name}`;
  const [, part, index, ...rest] = parts;
  const field = rest.join(".") === "key" && part ? keyField[part as PlanPart] : rest.join(".");
  return ["plan", part, index, field].filter(Boolean).join("-").replaceAll(".", "-");
}

function fieldLabelOf(name: string): string {
  if (name === "changeSummary") return "What changed";
  if (name === "reason") return "Kind of version";
  const [first, part, index, ...rest] = name.split(".");
  if (first !== "content" || !part) return name;
  const words = partWords[part as PlanPart];
  if (!words) return name;
  if (index === undefined) return words.legend;
  const field = rest.join(".");
  return `${words.one} ${Number(index) + 1}${field === "key" ? "" : `: ${fieldWords[field] ?? field}`}`;
}

/**
 * The plan editor: problems, goals, objectives under their goal and interventions, as rows added
 * and removed here, sent as one JSON field the server action checks with the plan's schema. A
 * first plan is "initial"; otherwise the current plan comes prefilled and the version is a change
 * or a scheduled review, with what changed. Each refusal is shown beside its field.
 */
export function PlanEditor({
  clientId,
  enrollmentId,
  current,
  staffOptions,
}: {
  clientId: string;
  enrollmentId: string;
  current: { version: number; content: PlanContent } | null;
  staffOptions: readonly PlanStaffOption[];
}) {
  const [state, action] = useActionState(writePlanAction, initial);
  const form = useFocusFirstProblem(state);
  const [rows, setRows] = useState<EditorRows>(() => rowsOf(current?.content ?? null));
  const [reason, setReason] = useState<"revision" | "review" | "">("");
  const [changeSummary, setChangeSummary] = useState("");
  const nextId = useRef(0);
  const newRowId = (part: string) => `new-${part}-${(nextId.current += 1)}`;
  const usedKeys = useMemo(() => usedKeysOf(current?.content ?? null), [current]);
  const content = JSON.stringify(contentOf(rows, usedKeys));

  // Errors name rows by position: once a row is added or removed after sending, they no longer point at the right one.
  const shape = (Object.keys(rows) as PlanPart[]).map((part) => rows[part].map((row) => row.rowId).join(",")).join("|");
  const [sentShape, setSentShape] = useState(shape);
  const errorsOf = (name: string): string[] => {
    if (shape !== sentShape && /^content\.\w+\.\d+\./.test(name)) return [];
    const own = state.fieldErrors[name] ?? [];
    const [, part, index, field] = name.split(".");
    const ofKey = part && field === keyField[part as PlanPart] ? (state.fieldErrors[`content.${part}.${index}.key`] ?? []) : [];
    return [...own, ...ofKey];
  };
  const fieldLabels = Object.fromEntries(Object.keys(state.fieldErrors).map((name) => [name, fieldLabelOf(name)]));
  const fieldIds = Object.fromEntries(Object.keys(state.fieldErrors).map((name) => [name, fieldIdOf(name)]));

  function update<P extends PlanPart>(part: P, rowId: string, change: Partial<EditorRows[P][number]>) {
    setRows((previous) => ({ ...previous, [part]: previous[part].map((row) => (row.rowId === rowId ? { ...row, ...change } : row)) }));
  }
  function remove(part: PlanPart, rowId: string) {
    setRows((previous) => ({ ...previous, [part]: previous[part].filter((row) => row.rowId !== rowId) }));
  }
  function add<P extends PlanPart>(part: P, row: EditorRows[P][number]) {
    setRows((previous) => ({ ...previous, [part]: [...previous[part], row] }));
    // Focus the new row's first field once it is drawn, so a keyboard user carries on typing there.
    const index = rows[part].length;
    requestAnimationFrame(() => document.getElementById(`plan-row-${part}-${index}`)?.querySelector<HTMLElement>("input, textarea, select")?.focus());
  }

  const goalChoices = rows.goals.map((goal, index) => ({
    rowId: goal.rowId,
    label: `Goal ${index + 1}${goal.clientWords.trim() ? `: ${goal.clientWords.trim().slice(0, 60)}` : ""}`,
  }));

  return (
    <form ref={form} action={action} onSubmit={() => setSentShape(shape)} className="form plan-editor" noValidate>
      <FormMessage state={state} fieldLabels={fieldLabels} fieldIds={fieldIds} />
      <noscript>
        <p className="alert">The plan editor needs JavaScript to add and remove rows and to send the plan. Please turn it on.</p>
      </noscript>
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="enrollmentId" value={enrollmentId} />
      <input type="hidden" name="content" value={content} />

      {current ? (
        <fieldset className="field" aria-describedby={errorsOf("reason").length ? "plan-reason-error" : undefined}>
          <legend>Kind of version</legend>
          <p className="field-hint">Version {current.version + 1} replaces version {current.version}, which stays in the history as it was signed.</p>
          <label className="choice choice--target">
            <input type="radio" id="plan-reason" name="reason" value="revision" required checked={reason === "revision"} onChange={() => setReason("revision")} />
            Change (between reviews)
          </label>
          <label className="choice choice--target">
            <input type="radio" name="reason" value="review" required checked={reason === "review"} onChange={() => setReason("review")} />
            Scheduled review
          </label>
          <Errors id="plan-reason-error" messages={errorsOf("reason")} />
        </fieldset>
      ) : (
        <input type="hidden" name="reason" value="initial" />
      )}
      {current ? (
        <TextArea
          id="plan-changeSummary"
          name="changeSummary"
          label="What changed"
          hint="Required. A sentence or two the client and the care team will read in the history."
          value={changeSummary}
          onChange={setChangeSummary}
          errors={errorsOf("changeSummary")}
          maxLength={1000}
        />
      ) : null}

      <PartFieldset part="problems" errors={errorsOf("content.problems")} hint="Each problem in the client's own words, and in clinical terms.">
        {rows.problems.map((row, index) => (
          <ProblemFields
            key={row.rowId}
            row={row}
            index={index}
            errorsOf={errorsOf}
            onChange={(change) => update("problems", row.rowId, change)}
            onRemove={rows.problems.length > 1 ? () => remove("problems", row.rowId) : null}
          />
        ))}
        <AddButton onClick={() => add("problems", emptyProblem(newRowId("p")))}>Add a problem</AddButton>
      </PartFieldset>

      <PartFieldset part="goals" errors={errorsOf("content.goals")} hint="In the client's words: what they want for themselves.">
        {rows.goals.map((row, index) => (
          <GoalFields
            key={row.rowId}
            row={row}
            index={index}
            errorsOf={errorsOf}
            onChange={(change) => update("goals", row.rowId, change)}
            onRemove={rows.goals.length > 1 ? () => remove("goals", row.rowId) : null}
          />
        ))}
        <AddButton onClick={() => add("goals", emptyGoal(newRowId("g")))}>Add a goal</AddButton>
      </PartFieldset>

      <PartFieldset part="objectives" errors={errorsOf("content.objectives")} hint="Each one measurable, with a target date, under the goal it serves.">
        {rows.objectives.map((row, index) => (
          <ObjectiveFields
            key={row.rowId}
            row={row}
            index={index}
            goals={goalChoices}
            errorsOf={errorsOf}
            onChange={(change) => update("objectives", row.rowId, change)}
            onRemove={rows.objectives.length > 1 ? () => remove("objectives", row.rowId) : null}
          />
        ))}
        <AddButton onClick={() => add("objectives", emptyObjective(newRowId("o"), rows.goals.at(-1)?.rowId ?? ""))}>Add an objective</AddButton>
      </PartFieldset>

      <PartFieldset part="interventions" errors={errorsOf("content.interventions")} hint="The care that serves the goals: what kind, how often, and who is responsible.">
        {rows.interventions.map((row, index) => (
          <InterventionFields
            key={row.rowId}
            row={row}
            index={index}
            staffOptions={staffOptions}
            errorsOf={errorsOf}
            onChange={(change) => update("interventions", row.rowId, change)}
            onRemove={rows.interventions.length > 1 ? () => remove("interventions", row.rowId) : null}
          />
        ))}
        <AddButton onClick={() => add("interventions", emptyIntervention(newRowId("i")))}>Add an intervention</AddButton>
      </PartFieldset>

      <p className="field-hint" id="plan-save-hint">
        Saving writes a new version that needs signing: first for the care team, then by the client.
      </p>
      <div>
        <SubmitButton pendingLabel="Saving…" describedBy="plan-save-hint">
          {current ? `Save version ${current.version + 1}` : "Save the first plan"}
        </SubmitButton>
      </div>
    </form>
  );
}

type ErrorsOf = (name: string) => string[];

function Errors({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {messages.join(" ")}
    </p>
  );
}

function aria(messages: readonly string[], errorId: string, hintId?: string) {
  const describedBy = [hintId, messages.length ? errorId : undefined].filter(Boolean).join(" ");
  return { ...(messages.length ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) };
}

function PartFieldset({ part, errors, hint, children }: { part: PlanPart; errors: readonly string[]; hint: string; children: ReactNode }) {
  const errorId = `plan-${part}-error`;
  return (
    <fieldset className="field plan-part" id={`plan-${part}`} aria-describedby={[`plan-${part}-hint`, errors.length ? errorId : ""].filter(Boolean).join(" ")}>
      <legend>{partWords[part].legend}</legend>
      <p className="field-hint" id={`plan-${part}-hint`}>
        {hint}
      </p>
      <Errors id={errorId} messages={errors} />
      {children}
    </fieldset>
  );
}

function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <div>
      <button type="button" className="button button--quiet" onClick={onClick}>
        + {children}
      </button>
    </div>
  );
}

/** One row of a part, with its number as a heading and a remove button (none while it is the only one). */
function Row({ part, index, onRemove, children }: { part: PlanPart; index: number; onRemove: (() => void) | null; children: ReactNode }) {
  const title = `${partWords[part].one} ${index + 1}`;
  return (
    <div className="plan-row" id={`plan-row-${part}-${index}`} role="group" aria-labelledby={`plan-row-${part}-${index}-title`}>
      <div className="plan-row__head">
        <h2 id={`plan-row-${part}-${index}-title`} className="plan-row__title">
          {title}
        </h2>
        {onRemove ? (
          <button type="button" className="button button--quiet" onClick={onRemove}>
            Remove<span className="visually-hidden"> {title.toLowerCase()}</span>
          </button>
        ) : null}
      </div>
      {children}
    </div>
  );
}

function TextArea({
  id,
  name,
  label,
  hint,
  value,
  onChange,
  errors,
  maxLength = maxPlanWords,
}: {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly string[];
  maxLength?: number;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        value={value}
        maxLength={maxLength}
        rows={2}
        onChange={(event) => onChange(event.target.value)}
        {...aria(errors, `${id}-error`, hint ? `${id}-hint` : undefined)}
      />
      <Errors id={`${id}-error`} messages={errors} />
    </div>
  );
}

function Field({ id, label, errors, hint, children }: { id: string; label: string; errors: readonly string[]; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <Errors id={`${id}-error`} messages={errors} />
    </div>
  );
}

interface RowProps<T> {
  row: T;
  index: number;
  errorsOf: ErrorsOf;
  onChange: (change: Partial<T>) => void;
  onRemove: (() => void) | null;
}

function ProblemFields({ row, index, errorsOf, onChange, onRemove }: RowProps<ProblemRow>) {
  const base = `content.problems.${index}`;
  return (
    <Row part="problems" index={index} onRemove={onRemove}>
      <TextArea
        id={`plan-problems-${index}-clientWords`}
        label="In the client's words"
        value={row.clientWords}
        onChange={(clientWords) => onChange({ clientWords })}
        errors={errorsOf(`${base}.clientWords`)}
      />
      <TextArea
        id={`plan-problems-${index}-clinicianWords`}
        label="In the clinician's words"
        value={row.clinicianWords}
        onChange={(clinicianWords) => onChange({ clinicianWords })}
        errors={errorsOf(`${base}.clinicianWords`)}
      />
    </Row>
  );
}

function GoalFields({ row, index, errorsOf, onChange, onRemove }: RowProps<GoalRow>) {
  return (
    <Row part="goals" index={index} onRemove={onRemove}>
      <TextArea
        id={`plan-goals-${index}-clientWords`}
        label="In the client's words"
        value={row.clientWords}
        onChange={(clientWords) => onChange({ clientWords })}
        errors={errorsOf(`content.goals.${index}.clientWords`)}
      />
    </Row>
  );
}

function ObjectiveFields({ row, index, goals, errorsOf, onChange, onRemove }: RowProps<ObjectiveRow> & { goals: readonly { rowId: string; label: string }[] }) {
  const base = `content.objectives.${index}`;
  const id = (field: string) => `plan-objectives-${index}-${field}`;
  const goalErrors = errorsOf(`${base}.goalKey`);
  const inPlan = goals.some((goal) => goal.rowId === row.goalRowId);
  return (
    <Row part="objectives" index={index} onRemove={onRemove}>
      <Field id={id("goalKey")} label="Goal it serves" errors={goalErrors}>
        <select id={id("goalKey")} value={inPlan ? row.goalRowId : ""} onChange={(event) => onChange({ goalRowId: event.target.value })} {...aria(goalErrors, `${id("goalKey")}-error`)}>
          <option value="">Choose a goal…</option>
          {goals.map((goal) => (
            <option key={goal.rowId} value={goal.rowId}>
              {goal.label}
            </option>
          ))}
        </select>
      </Field>
      <TextArea
        id={id("description")}
        label="What the client will do"
        value={row.description}
        onChange={(description) => onChange({ description })}
        errors={errorsOf(`${base}.description`)}
      />
      <Field id={id("targetOn")} label="Target date" errors={errorsOf(`${base}.targetOn`)}>
        <input id={id("targetOn")} type="date" value={row.targetOn} onChange={(event) => onChange({ targetOn: event.target.value })} {...aria(errorsOf(`${base}.targetOn`), `${id("targetOn")}-error`)} />
      </Field>
      <Field id={id("measure-kind")} label="How it is measured" errors={errorsOf(`${base}.measure.kind`)}>
        <select id={id("measure-kind")} value={row.kind} onChange={(event) => onChange({ kind: event.target.value as MeasureKind })} {...aria(errorsOf(`${base}.measure.kind`), `${id("measure-kind")}-error`)}>
          {(Object.keys(measureKindLabels) as MeasureKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {measureKindLabels[kind]}
            </option>
          ))}
        </select>
      </Field>
      {row.kind === "score_below" ? (
        <div className="plan-row__pair">
          <Field id={id("measure-instrument")} label="Check-in" errors={errorsOf(`${base}.measure.instrument`)}>
            <select id={id("measure-instrument")} value={row.instrument} onChange={(event) => onChange({ instrument: event.target.value as InstrumentId })}>
              {instrumentIds.map((instrument) => (
                <option key={instrument} value={instrument}>
                  {instruments[instrument].shortName}
                </option>
              ))}
            </select>
          </Field>
          <Field id={id("measure-below")} label="Total under" hint={`Highest total: ${instruments[row.instrument].totalRange.max}`} errors={errorsOf(`${base}.measure.below`)}>
            <input
              id={id("measure-below")}
              type="number"
              inputMode="numeric"
              min={1}
              max={instruments[row.instrument].totalRange.max}
              step={1}
              value={row.below}
              onChange={(event) => onChange({ below: event.target.value })}
              {...aria(errorsOf(`${base}.measure.below`), `${id("measure-below")}-error`, `${id("measure-below")}-hint`)}
            />
          </Field>
        </div>
      ) : null}
      {row.kind === "weekly_hours" ? (
        <div className="plan-row__pair">
          <Field id={id("measure-atLeastHours")} label="At least (hours a week)" hint="Whole or half hours" errors={errorsOf(`${base}.measure.atLeastHours`)}>
            <input
              id={id("measure-atLeastHours")}
              type="number"
              inputMode="decimal"
              min={0.5}
              max={168}
              step={0.5}
              value={row.atLeastHours}
              onChange={(event) => onChange({ atLeastHours: event.target.value })}
              {...aria(errorsOf(`${base}.measure.atLeastHours`), `${id("measure-atLeastHours")}-error`, `${id("measure-atLeastHours")}-hint`)}
            />
          </Field>
          <Field id={id("measure-weeksRunning")} label="For (weeks running)" hint="1 to 12" errors={errorsOf(`${base}.measure.weeksRunning`)}>
            <input
              id={id("measure-weeksRunning")}
              type="number"
              inputMode="numeric"
              min={1}
              max={12}
              step={1}
              value={row.weeksRunning}
              onChange={(event) => onChange({ weeksRunning: event.target.value })}
              {...aria(errorsOf(`${base}.measure.weeksRunning`), `${id("measure-weeksRunning")}-error`, `${id("measure-weeksRunning")}-hint`)}
            />
          </Field>
        </div>
      ) : null}
      {row.kind === "clinician_marked" ? <p className="field-hint">You mark it met on the plan page when the client has reached it.</p> : null}
    </Row>
  );
}

function InterventionFields({ row, index, staffOptions, errorsOf, onChange, onRemove }: RowProps<InterventionRow> & { staffOptions: readonly PlanStaffOption[] }) {
  const base = `content.interventions.${index}`;
  const id = (field: string) => `plan-interventions-${index}-${field}`;
  const kindErrors = errorsOf(`${base}.sessionKind`);
  const timesErrors = errorsOf(`${base}.timesPerWeek`);
  const whoErrors = errorsOf(`${base}.responsibleStaffId`);
  const known = staffOptions.some((option) => option.staffMemberId === row.responsibleStaffId);
  return (
    <Row part="interventions" index={index} onRemove={onRemove}>
      <Field id={id("sessionKind")} label="Kind of session" errors={kindErrors}>
        <select id={id("sessionKind")} value={row.sessionKind} onChange={(event) => onChange({ sessionKind: event.target.value as SessionKind | "" })} {...aria(kindErrors, `${id("sessionKind")}-error`)}>
          <option value="">Choose a kind…</option>
          {sessionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {staffLabels.sessionKind[kind]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("timesPerWeek")} label="Times a week" hint="1 to 14" errors={timesErrors}>
        <input
          id={id("timesPerWeek")}
          type="number"
          inputMode="numeric"
          min={1}
          max={14}
          step={1}
          value={row.timesPerWeek}
          onChange={(event) => onChange({ timesPerWeek: event.target.value })}
          {...aria(timesErrors, `${id("timesPerWeek")}-error`, `${id("timesPerWeek")}-hint`)}
        />
      </Field>
      <Field id={id("responsibleStaffId")} label="Responsible" errors={whoErrors}>
        <select id={id("responsibleStaffId")} value={row.responsibleStaffId} onChange={(event) => onChange({ responsibleStaffId: event.target.value })} {...aria(whoErrors, `${id("responsibleStaffId")}-error`)}>
          <option value="">Choose a member of staff…</option>
          {!known && row.responsibleStaffId ? <option value={row.responsibleStaffId}>No longer on the clinical staff: choose someone</option> : null}
          {staffOptions.map((option) => (
            <option key={option.staffMemberId} value={option.staffMemberId}>
              {option.name}
              {option.credentials ? `, ${option.credentials}` : ""} ({staffLabels.role[option.role]})
            </option>
          ))}
        </select>
      </Field>
    </Row>
  );
}
