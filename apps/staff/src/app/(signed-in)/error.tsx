"use client";

import { PageError } from "@stepwise/ui/components";

export default function PageErrorBoundary({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError reset={reset} message="Something went wrong on our side. Please try again in a moment." />;
}
