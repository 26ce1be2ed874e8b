"use client";

import { type RefObject, useEffect, useRef } from "react";
import type { FormState } from "../forms/form-state";

/**
 * Moves focus to the form's error summary each time an answer comes back refused, so keyboard and
 * screen-reader users land on what went wrong (WCAG 3.3.1) rather than on a button that moved.
 */
export function useFocusOnError(state: FormState): RefObject<HTMLDivElement | null> {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);
  return summary;
}
