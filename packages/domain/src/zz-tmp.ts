import { x } from "@stepwise/api/portal"; export const y = x;
