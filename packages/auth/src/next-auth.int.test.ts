import { userSessions } from "@stepwise/db/schema";
import { createTestDatabase, type TestDatabase } from "@stepwise/db/testing";
import { eq } from "drizzle-orm";
import type { NextApiRequest, NextApiResponse } from "next";
import type { NextAuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";
import NextAuth from "next-auth/next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authEnv } from "./env";
import { getSessionUser } from "./get-session-user";
import { createAuthOptions } from "./next-auth";
import { signInThrottle } from "./sign-in-throttle";
import { createAccount, uniqueAddress } from "./test-support/accounts";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb?.drop());

/** A browser's cookie jar, enough for next-auth's handler. */
class CookieJar {
  readonly cookies = new Map<string, string>();
  store(setCookie: string[]) {
    for (const header of setCookie) {
      const [pair] = header.split(";");
      const index = pair?.indexOf("=") ?? -1;
      if (!pair || index < 0) continue;
      const name = pair.slice(0, index);
      const value = decodeURIComponent(pair.slice(index + 1));
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; ");
  }
}

interface Answer {
  status: number;
  location: string | undefined;
  body: unknown;
  setCookie: string[];
}

function fakeExchange(
  jar: CookieJar,
  method: string,
  action: string[],
  body?: Record<string, string>,
  address = "203.0.113.9",
  query: Record<string, string> = {},
) {
  const headers: Record<string, string> = {
    host: "127.0.0.1:3000",
    "x-forwarded-for": `${address}, 10.0.0.1`,
    cookie: jar.header(),
  };
  const req = { method, query: { ...query, nextauth: action }, body, cookies: Object.fromEntries(jar.cookies), headers };
  const answer: Answer = { status: 200, location: undefined, body: undefined, setCookie: [] };
  const responseHeaders = new Map<string, unknown>();
  const res = {
    status(code: number) {
      answer.status = code;
      return res;
    },
    getHeader: (name: string) => responseHeaders.get(name.toLowerCase()),
    setHeader(name: string, value: unknown) {
      responseHeaders.set(name.toLowerCase(), value);
      if (name.toLowerCase() === "location") answer.location = String(value);
      if (name.toLowerCase() === "set-cookie") answer.setCookie = value as string[];
      return res;
    },
    send(value: unknown) {
      answer.body = value;
    },
    json(value: unknown) {
      answer.body = value;
    },
    end() {},
  };
  return { req: req as unknown as NextApiRequest, res: res as unknown as NextApiResponse, answer };
}

async function call(
  options: NextAuthOptions,
  jar: CookieJar,
  method: string,
  action: string[],
  body?: Record<string, string>,
  address?: string,
  query?: Record<string, string>,
) {
  const { req, res, answer } = fakeExchange(jar, method, action, body, address, query);
  await NextAuth(req, res, options);
  jar.store(answer.setCookie);
  return answer;
}

async function signInThroughNextAuth(options: NextAuthOptions, jar: CookieJar, email: string, password: string, address?: string) {
  const csrf = await call(options, jar, "GET", ["csrf"]);
  const { csrfToken } = csrf.body as { csrfToken: string };
  const answer = await call(options, jar, "POST", ["callback", "credentials"], { csrfToken, email, password, json: "true" }, address);
  return { answer, url: new URL((answer.body as { url: string }).url, "http://127.0.0.1:3000") };
}

function portalOptions() {
  return createAuthOptions({ app: "portal", getDatabase: async () => testDb.db });
}

describe("createAuthOptions", () => {
  it("names every cookie per app, without __Secure- prefixes on plain http", () => {
    const portal = portalOptions();
    const staff = createAuthOptions({ app: "staff", getDatabase: async () => testDb.db });
    expect(portal.cookies?.sessionToken?.name).toBe("stepwise-portal.session-token");
    expect(staff.cookies?.sessionToken?.name).toBe("stepwise-staff.session-token");
    expect(portal.cookies?.csrfToken?.name).toBe("stepwise-portal.csrf-token");
    expect(staff.cookies?.callbackUrl?.name).toBe("stepwise-staff.callback-url");
    expect(portal.cookies?.sessionToken?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
    expect(portal.session).toMatchObject({ strategy: "jwt", maxAge: 12 * 60 * 60 });
    expect(portal.pages?.signIn).toBe("/sign-in");
    expect(authEnv().secureCookies).toBe(false);
  });
});

describe("next-auth with the portal options", () => {
  it("signs in, puts only { sub, sid, sv } in the cookie and shows the browser only the name", async () => {
    const account = await createAccount(testDb.db, "client", { displayName: "Maria Lopez" });
    const options = portalOptions();
    const jar = new CookieJar();

    const { url } = await signInThroughNextAuth(options, jar, account.email, account.password);
    expect(url.searchParams.get("error")).toBeNull();

    const token = jar.cookies.get("stepwise-portal.session-token");
    expect(token).toBeTruthy();
    const claims = await decode({ token, secret: authEnv().secret });
    expect(Object.keys(claims ?? {}).sort()).toEqual(["exp", "iat", "jti", "sid", "sub", "sv"]);
    expect(claims).toMatchObject({ sub: account.userId, sv: 1 });

    const session = await call(options, jar, "GET", ["session"]);
    expect(session.body).toEqual({ user: { name: "Maria Lopez" }, expires: expect.any(String) });
  });

  it("lets server code read the session user, and stops doing so after sign-out", async () => {
    const account = await createAccount(testDb.db, "client");
    const options = portalOptions();
    const jar = new CookieJar();
    await signInThroughNextAuth(options, jar, account.email, account.password);

    const pages = fakeExchange(jar, "GET", []);
    const user = await getSessionUser(options, testDb.db, pages);
    expect(user).toMatchObject({ userId: account.userId, kind: "client", clientId: account.clientId });

    const { csrfToken } = (await call(options, jar, "GET", ["csrf"])).body as { csrfToken: string };
    const sessionToken = jar.cookies.get("stepwise-portal.session-token");
    await call(options, jar, "POST", ["signout"], { csrfToken, json: "true" });
    expect(jar.cookies.has("stepwise-portal.session-token")).toBe(false);

    const [row] = await testDb.db.select().from(userSessions).where(eq(userSessions.id, user?.sessionId ?? ""));
    expect(row?.endedAt).toBeInstanceOf(Date);
    // A copy of the old cookie, kept by an attacker, no longer works either.
    const stolen = new CookieJar();
    stolen.cookies.set("stepwise-portal.session-token", sessionToken ?? "");
    expect(await getSessionUser(options, testDb.db, fakeExchange(stolen, "GET", []))).toBeNull();
    expect((await call(options, stolen, "GET", ["session"])).body).toEqual({});
  });

  it("does not accept a portal cookie in the staff app", async () => {
    const account = await createAccount(testDb.db, "client");
    const jar = new CookieJar();
    await signInThroughNextAuth(portalOptions(), jar, account.email, account.password);
    const staffOptions = createAuthOptions({ app: "staff", getDatabase: async () => testDb.db });
    // Same browser, same host: the staff app looks for its own cookie name and finds none.
    expect(await getSessionUser(staffOptions, testDb.db, fakeExchange(jar, "GET", []))).toBeNull();
    const renamed = new CookieJar();
    renamed.cookies.set("stepwise-staff.session-token", jar.cookies.get("stepwise-portal.session-token") ?? "");
    expect(await getSessionUser(staffOptions, testDb.db, fakeExchange(renamed, "GET", []))).toBeNull();
  });

  it("answers CredentialsSignin for a wrong password and Throttled once the limit is reached", async () => {
    const account = await createAccount(testDb.db, "client");
    const options = portalOptions();
    const address = uniqueAddress();
    for (let i = 0; i < signInThrottle.maxFailuresPerAccount; i++) {
      const { url } = await signInThroughNextAuth(options, new CookieJar(), account.email, `wrong guess ${i}`, address);
      expect(url.searchParams.get("error")).toBe("CredentialsSignin");
    }
    const jar = new CookieJar();
    const { url } = await signInThroughNextAuth(options, jar, account.email, account.password, address);
    // signIn("credentials", { redirect: false }) reads result.error from this URL.
    expect(url.searchParams.get("error")).toBe("Throttled");
    expect(jar.cookies.has("stepwise-portal.session-token")).toBe(false);
    // A plain form post follows the redirect to next-auth's error route, which sends it to our page.
    const errorRoute = await call(options, jar, "GET", ["error"], undefined, address, { error: "Throttled" });
    expect(errorRoute.location).toBe("/sign-in?error=Throttled");
  });

  it("rejects a sign-in without the CSRF token", async () => {
    const account = await createAccount(testDb.db, "client");
    const jar = new CookieJar();
    const answer = await call(portalOptions(), jar, "POST", ["callback", "credentials"], {
      email: account.email,
      password: account.password,
      json: "true",
    });
    expect(jar.cookies.has("stepwise-portal.session-token")).toBe(false);
    expect(String((answer.body as { url?: string })?.url ?? answer.location)).toContain("csrf=true");
  });
});
