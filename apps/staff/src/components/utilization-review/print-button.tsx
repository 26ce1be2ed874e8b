"use client";

import { useEffect, useState, useTransition } from "react";
import { recordPacketPrintedAction } from "~/app/(signed-in)/clients/[clientId]/review-packet/actions";

const packetSelector = ".review-packet";

/**
 * Prints the packet once the print is recorded in the audit (a packet leaves for a payer). The
 * print stylesheet prints the packet only while it is marked recorded, so the browser's own print
 * menu prints a note instead; the mark is taken off when printing ends. If the record can't be
 * made, nothing is printed.
 */
export function PrintButton({ clientId }: { clientId: string }) {
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const unmark = () => document.querySelector(packetSelector)?.removeAttribute("data-print-recorded");
    window.addEventListener("afterprint", unmark);
    return () => window.removeEventListener("afterprint", unmark);
  }, []);
  const print = () =>
    startTransition(async () => {
      const { recorded } = await recordPacketPrintedAction(clientId);
      setFailed(!recorded);
      if (!recorded) return;
      document.querySelector(packetSelector)?.setAttribute("data-print-recorded", "");
      window.print();
    });
  return (
    <>
      <button type="button" className="button" onClick={print} disabled={pending}>
        {pending ? "Preparing…" : "Print"}
      </button>
      {failed ? (
        <p className="alert" role="alert">
          We couldn&apos;t record this print, so it didn&apos;t start. Please try again.
        </p>
      ) : null}
    </>
  );
}
