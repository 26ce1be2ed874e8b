"use client";

import { type RefObject, useEffect, useRef } from "react";
import type { FormState } from "./form-state";

/**
 * Moves focus to what a refusal is about, once per answer: the first field marked invalid, or else
 * the form's alert, so a keyboard or screen-reader user lands on the problem instead of being left
 * on a button that has gone back to its label. Attach the ref to the form.
 */
export function useFocusFirstProblem(state: FormState): RefObject<HTMLFormElement | null> {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error") return;
    const field = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const alert = form.current?.querySelector<HTMLElement>('[role="alert"]');
    const target = field ?? alert;
    if (!target) return;
    // An alert is not focusable by default; -1 lets a script focus it without adding a tab stop.
    if (target === alert && !alert.hasAttribute("tabindex")) alert.setAttribute("tabindex", "-1");
    target.focus();
  }, [state]);
  return form;
}
