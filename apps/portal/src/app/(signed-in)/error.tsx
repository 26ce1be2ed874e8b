"use client";

import { PageError } from "@stepwise/ui/components";

export default function PlanError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageError
      reset={reset}
      message="Something went wrong on our side. Your information is safe. Please try again in a moment."
      footnote="If you need to reach your care team right away, use the phone numbers at the top of the page."
    />
  );
}
