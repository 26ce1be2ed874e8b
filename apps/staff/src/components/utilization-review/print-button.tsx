"use client";

/** Prints the page; the print stylesheet leaves only the packet. */
export function PrintButton() {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      Print
    </button>
  );
}
