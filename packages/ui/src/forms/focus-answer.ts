"use client";

import { type RefObject, useEffect, useRef } from "react";
import type { FormState } from "./form-state";

/**
 * Moves focus to the form's answer after every submit, a success note or the error summary, so
 * the person lands on what just happened, scrolled into view, whichever field they were on. Pass
 * the ref to FormMessage's `answerRef`.
 */
export function useFocusAnswer(state: FormState): RefObject<HTMLDivElement | null> {
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "idle") return;
    answer.current?.focus();
  }, [state]);
  return answer;
}
