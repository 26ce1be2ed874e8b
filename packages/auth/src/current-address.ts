import { headers } from "next/headers";
import { requestAddress } from "./request-address";

/**
 * The network address of the request being handled, read the way sign-in reads it. Call it from a
 * route handler, a server component or a server action, where Next knows the request's headers.
 */
export async function currentRequestAddress(): Promise<string> {
  const all: Record<string, string> = {};
  (await headers()).forEach((value, name) => {
    all[name] = value;
  });
  return requestAddress(all);
}
