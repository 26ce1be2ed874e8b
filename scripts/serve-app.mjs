// @ts-check
/**
 * Serves the Next.js app in the current directory, as `next start` does (`--dev`: as `next dev`),
 * with one addition: every request carries the address of the peer that opened its connection in
 * a private header, written here after deleting any copy the request came with.
 *
 * Why: Next keeps a client's X-Forwarded-For exactly as sent and adds the socket's address only
 * when the header is missing, so past Next the socket's address cannot be told from a forged one.
 * Sign-in throttling needs it (packages/auth/src/request-address.ts, which trusts forwarded
 * headers only from TRUSTED_PROXIES). Plain JavaScript, so production runs it with node alone.
 *
 *   node ../../scripts/serve-app.mjs --port 3000 [--hostname 127.0.0.1] [--dev]
 */
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";

/** The header request-address.ts reads (`peerAddressHeader`); infra/deployment.test.ts checks they agree. */
export const peerAddressHeader = "x-stepwise-peer-address";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3000" }, hostname: { type: "string" }, dev: { type: "boolean", default: false } },
});
const dir = process.cwd();
const port = Number(values.port);
// The app's own copy of Next, as `next start` run from its folder would use.
const next = createRequire(path.join(dir, "package.json"))("next");
const app = next({ dev: values.dev, dir, hostname: values.hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  delete request.headers[peerAddressHeader];
  const peer = request.socket.remoteAddress;
  if (peer) request.headers[peerAddressHeader] = peer;
  handle(request, response).catch((/** @type {unknown} */ error) => {
    console.error("[serve-app] request failed", error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
// The development server's hot reload talks over WebSockets.
if (values.dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, values.hostname);

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    server.close();
    void app.close?.().finally(() => process.exit(0));
    // Keep-alive connections would hold the server open; stop regardless after a moment.
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
