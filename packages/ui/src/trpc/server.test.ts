import { TRPCError, initTRPC } from "@trpc/server";
import { notFound } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { maxBodyBytes, maxCallsPerRequest } from "./request-limits";
import { handleApiError, trpcRouteHandler } from "./server";

/** A real tRPC router, counting what actually ran. */
const t = initTRPC.create();
let ran: string[] = [];
const router = t.router({
  turnOff: t.procedure.mutation(() => {
    ran.push("turnOff");
    return "off";
  }),
  list: t.procedure.query(() => {
    ran.push("list");
    return [];
  }),
  rename: t.procedure.input((value: unknown) => value as { name: string }).mutation(({ input }) => {
    ran.push("rename");
    return input.name;
  }),
});
const handler = trpcRouteHandler(router, async () => ({}));
const at = (path: string) => `http://portal.example.org/api/trpc/${path}`;

beforeEach(() => {
  ran = [];
});

describe("the tRPC route handler", () => {
  it("runs a mutation sent as JSON", async () => {
    const response = await handler(new Request(at("turnOff"), { method: "POST", headers: { "Content-Type": "application/json; charset=utf-8" }, body: "{}" }));
    expect(response.status).toBe(200);
    expect(ran).toEqual(["turnOff"]);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a mutation sent as a form could send it (multipart, urlencoded, text/plain) or as bytes, without running it", async () => {
    const form = new FormData();
    form.set("anything", "at all");
    const bodies: RequestInit[] = [
      { body: form },
      { body: new URLSearchParams({ a: "b" }) },
      { body: "{}", headers: { "Content-Type": "text/plain" } },
      { body: new Uint8Array([1, 2, 3]), headers: { "Content-Type": "application/octet-stream" } },
      { body: "{}", headers: { "Content-Type": "" } },
    ];
    for (const init of bodies) {
      const response = await handler(new Request(at("turnOff"), { method: "POST", ...init }));
      expect(response.status).toBe(415);
      expect(await response.text()).toBe("This address only accepts requests sent as JSON.");
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    expect(ran).toEqual([]);
  });

  it(`refuses a batch of more than ${maxCallsPerRequest} procedures before any runs, by GET or POST, commas encoded or not`, async () => {
    const paths = (n: number, name: string) => Array.from({ length: n }, () => name).join(",");
    const get = await handler(new Request(at(`${paths(300, "list")}?batch=1&input={}`)));
    expect(get.status).toBe(400);
    expect(await get.text()).toBe(`That asks for too many things at once. Send at most ${maxCallsPerRequest} in one request.`);
    const encoded = await handler(new Request(at(`${encodeURIComponent(paths(maxCallsPerRequest + 1, "list"))}?batch=1&input={}`)));
    expect(encoded.status).toBe(400);
    const post = await handler(
      new Request(at(`${paths(maxCallsPerRequest + 1, "turnOff")}?batch=1`), { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }),
    );
    expect(post.status).toBe(400);
    expect(ran).toEqual([]);

    const atTheLimit = await handler(new Request(at(`${paths(maxCallsPerRequest, "list")}?batch=1&input={}`)));
    expect(atTheLimit.status).toBe(200);
    expect(ran).toHaveLength(maxCallsPerRequest);
  });

  it("refuses a body over the size limit, declared or streamed, before reading it all", async () => {
    const big = JSON.stringify({ name: "x".repeat(maxBodyBytes) });
    const declared = await handler(new Request(at("rename"), { method: "POST", headers: { "Content-Type": "application/json" }, body: big }));
    expect(declared.status).toBe(413);
    const encoder = new TextEncoder();
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(encoder.encode("x".repeat(8 * 1024)));
        controller.close();
      },
    });
    const chunked = await handler(
      new Request(at("rename"), { method: "POST", headers: { "Content-Type": "application/json" }, body: streamed, duplex: "half" } as RequestInit),
    );
    expect(chunked.status).toBe(413);
    expect(await chunked.text()).toBe("That request is too large.");
    expect(ran).toEqual([]);
  });

  it("refuses a request a page of another origin made, even a GET, before anything runs; our own pages and non-browsers go on", async () => {
    for (const site of ["same-site", "cross-site", "something-new"]) {
      const get = await handler(new Request(at("list?input={}"), { headers: { "Sec-Fetch-Site": site } }));
      expect(get.status, site).toBe(403);
      expect(await get.text()).toBe("This request didn't come from this site's own pages, so nothing was done. Please go back to the site and try again.");
      expect(get.headers.get("cache-control")).toBe("no-store");
      const post = await handler(new Request(at("turnOff"), { method: "POST", headers: { "Sec-Fetch-Site": site, "Content-Type": "application/json" }, body: "{}" }));
      expect(post.status, site).toBe(403);
    }
    expect(ran).toEqual([]);
    for (const headers of [{ "Sec-Fetch-Site": "same-origin" }, { "Sec-Fetch-Site": "none" }, {}] as HeadersInit[]) {
      expect((await handler(new Request(at("list?input={}"), { headers }))).status).toBe(200);
    }
    expect(ran).toEqual(["list", "list", "list"]);
  });

  it("refuses a body that isn't JSON even for a procedure without input, and passes a good one on whole", async () => {
    const bad = await handler(new Request(at("turnOff"), { method: "POST", headers: { "Content-Type": "application/json" }, body: "{oops" }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe("We couldn't read that request. Please try again.");
    expect(ran).toEqual([]);
    const good = await handler(new Request(at("rename"), { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"name":"Lantern"}' }));
    expect(await good.json()).toEqual({ result: { data: "Lantern" } });
  });
});

describe("handleApiError", () => {
  const thrownBy = (error: unknown) => {
    try {
      handleApiError(error);
    } catch (thrown) {
      return thrown as Error & { digest?: string };
    }
    throw new Error("handleApiError returned");
  };

  it("answers a role without the permission with the forbidden page (HTTP 403), not found with 404, signed out with sign-in", () => {
    expect(thrownBy(new TRPCError({ code: "FORBIDDEN", message: "Your role doesn't allow this." })).digest).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect(thrownBy(new TRPCError({ code: "NOT_FOUND" })).digest).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(thrownBy(new TRPCError({ code: "UNAUTHORIZED" })).digest).toMatch(/^NEXT_REDIRECT;replace;\/sign-in;/);
  });

  it("passes Next's own interrupts and plain refusals on as they are", () => {
    let interrupt: unknown;
    try {
      notFound();
    } catch (error) {
      interrupt = error;
    }
    expect(thrownBy(interrupt)).toBe(interrupt);
    const conflict = new TRPCError({ code: "CONFLICT", message: "That seat was just taken." });
    expect(thrownBy(conflict)).toBe(conflict);
  });

  it("logs an unexpected failure as a summary and rethrows it without its message", () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
    const query = Object.assign(new Error("Failed query: select … params: Harriet Quimby"), { name: "DrizzleQueryError" });
    const thrown = thrownBy(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: query }));
    spy.mockRestore();
    expect(thrown.message).toBe("Something went wrong on our side.");
    expect(thrown.cause).toBeUndefined();
    expect(lines.join("\n")).toContain("TRPCError(code=INTERNAL_SERVER_ERROR) <- DrizzleQueryError");
    expect(lines.join("\n")).not.toMatch(/Harriet|select/);
  });
});
