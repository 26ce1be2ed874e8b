"use client";

import type { CareLevel } from "@stepwise/domain";
import type { FormState } from "@stepwise/ui/form-state";
import { FieldError, fieldAria } from "@stepwise/ui/forms";
import { formatHourBand, formatWallClock, formatWeekdays } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { useState } from "react";
import type { ProgramChoice } from "./types";

/**
 * Program, then one of its schedule options. Only programs that take clients are offered; with
 * `level`, only programs at that level of care. Whether the option meets the band is the API's call.
 */
export function PlacementFields({
  idPrefix,
  programs,
  state,
  level,
  withOptions = true,
  defaultProgramId,
}: {
  idPrefix: string;
  programs: readonly ProgramChoice[];
  state: FormState;
  level?: CareLevel;
  withOptions?: boolean;
  defaultProgramId?: string;
}) {
  const offered = programs.filter((program) => program.active && (!level || program.level === level));
  const [programId, setProgramId] = useState(defaultProgramId && offered.some((p) => p.id === defaultProgramId) ? defaultProgramId : (offered[0]?.id ?? ""));
  const chosen = offered.find((program) => program.id === programId);
  if (offered.length === 0) {
    return <p className="muted">No program at this level of care takes clients at the moment.</p>;
  }
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-program`}>Program</label>
        <select
          id={`${idPrefix}-program`}
          name="programId"
          value={programId}
          onChange={(event) => setProgramId(event.target.value)}
          {...fieldAria(state, "programId", `${idPrefix}-program-error`)}
        >
          {offered.map((program) => (
            <option key={program.id} value={program.id}>
              {program.name} ({staffLabels.careLevelShort[program.level]}, {formatHourBand(program.weeklyMinutes)})
            </option>
          ))}
        </select>
        <FieldError id={`${idPrefix}-program-error`} state={state} name="programId" />
      </div>
      {withOptions ? (
        <div className="field">
          <label htmlFor={`${idPrefix}-option`}>Schedule option</label>
          <select id={`${idPrefix}-option`} name="scheduleOptionId" key={programId} {...fieldAria(state, "scheduleOptionId", `${idPrefix}-option-error`)}>
            {(chosen?.scheduleOptions ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}: {formatWeekdays(option.weekdays)}, {formatWallClock(option.startTime)} to {formatWallClock(option.endTime)}
              </option>
            ))}
          </select>
          <FieldError id={`${idPrefix}-option-error`} state={state} name="scheduleOptionId" />
        </div>
      ) : null}
    </>
  );
}
