"use client";

import { useState, useTransition } from "react";
import { recordPacketPrintedAction } from "~/app/(signed-in)/clients/[clientId]/review-packet/actions";

/**
 * Prints the page once the print is recorded in the audit (a packet leaves for a payer); the
 * print stylesheet leaves only the packet. If the record can't be made, nothing is printed.
 */
export function PrintButton({ clientId }: { clientId: string }) {
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const print = () =>
    startTransition(async () => {
      const { recorded } = await recordPacketPrintedAction(clientId);
      setFailed(!recorded);
      if (recorded) window.print();
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
