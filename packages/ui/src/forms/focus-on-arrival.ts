"use client";

import { type RefObject, useEffect, useRef } from "react";

/**
 * Moves focus to what has just replaced a form (recovery codes, a confirmation) when it appears,
 * so a keyboard or screen-reader user is not left on a button that is gone. Give the element
 * `tabIndex={-1}`: focusable by script, without a tab stop.
 */
export function useFocusOnArrival<T extends HTMLElement>(): RefObject<T | null> {
  const target = useRef<T>(null);
  useEffect(() => {
    target.current?.focus();
  }, []);
  return target;
}
