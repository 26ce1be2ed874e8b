/**
 * What the API's HTTP entry takes before tRPC sees a request. tRPC alone would run a mutation sent
 * as multipart/form-data or application/octet-stream (what a plain HTML form on another site can
 * send with the visitor's cookie), run any number of procedures batched in one request, and read
 * a body of any size.
 */

/** Procedures in one batched request: the apps batch a few at most, and each one costs a transaction. */
export const maxCallsPerRequest = 10;

/** A request body's size: far above the largest form (a few text fields of at most 10,000 characters). */
export const maxBodyBytes = 128 * 1024;

/** A refusal made here, before anything ran: a status and plain words, never cached. */
function refusal(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The refusal for a request the browser says a page of another origin made, or null. The proxy's
 * Origin check covers only changes, yet a GET here writes audit rows and uses up rate limits, and
 * a page on a sibling origin (the other app, same-site, so Lax cookies travel) can make one with
 * an <img> or a <script>. Browsers send Sec-Fetch-Site with every request: "same-origin" from our
 * own pages, "none" for an address typed or bookmarked. Without the header (not a browser, so no
 * visitor's cookie to borrow) the request goes on.
 */
export function crossOriginRefusal(request: Request): Response | null {
  const site = request.headers.get("sec-fetch-site");
  if (site === null || site === "same-origin" || site === "none") return null;
  return refusal(403, "This request didn't come from this site's own pages, so nothing was done. Please go back to the site and try again.");
}

/** How many procedures the request names: tRPC reads a batch's paths from the URL, comma-separated. */
export function callsNamedBy(url: URL, endpoint: string): number {
  if (url.searchParams.get("batch") !== "1") return 1;
  let paths: string;
  try {
    paths = decodeURIComponent(url.pathname.slice(endpoint.length));
  } catch {
    return Number.POSITIVE_INFINITY;
  }
  return paths.split(",").length;
}

function isJson(request: Request): boolean {
  const mediaType = request.headers.get("content-type")?.split(";", 1)[0]?.trim().toLowerCase();
  return mediaType === "application/json";
}

/** The body as text, or null once it grows past `limit` bytes (read no further). */
async function bodyWithin(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The request to hand to tRPC, or the refusal to answer instead: it must come from the app's own
 * pages (403); a POST must be JSON (415), of a sane size (413) and readable as JSON (400); a batch
 * may name at most maxCallsPerRequest procedures (400). Nothing has run when a refusal is answered.
 */
export async function admitApiRequest(request: Request, endpoint: string): Promise<Request | Response> {
  const fromElsewhere = crossOriginRefusal(request);
  if (fromElsewhere) return fromElsewhere;
  const url = new URL(request.url);
  if (callsNamedBy(url, endpoint) > maxCallsPerRequest) {
    return refusal(400, `That asks for too many things at once. Send at most ${maxCallsPerRequest} in one request.`);
  }
  if (request.method !== "POST") return request;
  if (!isJson(request)) return refusal(415, "This address only accepts requests sent as JSON.");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBodyBytes) return refusal(413, "That request is too large.");
  const body = await bodyWithin(request, maxBodyBytes);
  if (body === null) return refusal(413, "That request is too large.");
  if (body !== "") {
    try {
      JSON.parse(body);
    } catch {
      return refusal(400, "We couldn't read that request. Please try again.");
    }
  }
  // The body has been read: tRPC gets the same request with the text already in hand.
  return new Request(request.url, { method: "POST", headers: request.headers, body, signal: request.signal });
}
