"use client";

import type { PortalRouter } from "@stepwise/api/portal";
import { StepwiseTRPCProvider } from "@stepwise/ui/trpc-client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";

export const { TRPCProvider, useTRPC } = createTRPCContext<PortalRouter>();

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  return <StepwiseTRPCProvider provider={TRPCProvider}>{children}</StepwiseTRPCProvider>;
}
