"use client";

import type { StaffRouter } from "@stepwise/api/staff";
import { StepwiseTRPCProvider } from "@stepwise/ui/trpc-client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { ReactNode } from "react";

export const { TRPCProvider, useTRPC } = createTRPCContext<StaffRouter>();

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  return <StepwiseTRPCProvider provider={TRPCProvider}>{children}</StepwiseTRPCProvider>;
}
