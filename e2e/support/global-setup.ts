import { startTestStack } from "../../scripts/lib/stack";
import { ports } from "./urls";

export default async function globalSetup() {
  const stack = await startTestStack(ports);
  // Workers start after this and inherit it: support/outbox.ts reads the mail the apps queued.
  process.env.STEPWISE_E2E_OWNER_DATABASE_URL = stack.ownerDatabaseUrl;
  return async () => {
    await stack.stop();
  };
}
