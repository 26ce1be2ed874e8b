import { startTestStack } from "../../scripts/lib/stack";
import { ports } from "./urls";

export default async function globalSetup() {
  const stack = await startTestStack(ports);
  return async () => {
    await stack.stop();
  };
}
