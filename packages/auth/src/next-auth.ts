import type { Database } from "@stepwise/db/client";
import { errorLogSummary } from "@stepwise/domain";
import type { CookiesOptions, LoggerInstance, NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authEnv } from "./env";
import { requestAddress } from "./request-address";
import { endSession, resolveSession, sessionAbsoluteLifetimeMs } from "./session";
import { parseSessionClaims, type SessionClaims } from "./session-claims";
import type { AuthApp } from "./session-user";
import { signIn } from "./sign-in";
import { signInErrorCodes } from "./sign-in-errors";

export interface CreateAuthOptionsInput {
  app: AuthApp;
  getDatabase: () => Promise<Database>;
}

/** Thrown in the session callback so next-auth clears the cookie of a session that has ended. */
class SessionEndedError extends Error {
  override name = "SessionEndedError";
}

/** What authorize hands to the jwt callback; never leaves the server. */
type SignedInUser = User & { sid: string; sv: number };

const appOfOptions = new WeakMap<NextAuthOptions, AuthApp>();

/** The app an options object was made for; getSessionUser needs it to check the session's app. */
export function authAppOf(options: NextAuthOptions): AuthApp {
  const app = appOfOptions.get(options);
  if (!app) throw new Error("@stepwise/auth: these options were not made by createAuthOptions");
  return app;
}

/**
 * Separate names per app: both apps run on one host (127.0.0.1:3000 and :3001 in the demo) and
 * browsers do not separate cookies by port, so shared names would let one app's sign-in or
 * sign-out overwrite the other's.
 */
function appCookies(app: AuthApp, secure: boolean): CookiesOptions {
  const name = `stepwise-${app}`;
  const secureName = (suffix: string) => `${secure ? "__Secure-" : ""}${name}.${suffix}`;
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  const shortLived = { ...options, maxAge: 15 * 60 };
  return {
    sessionToken: { name: secureName("session-token"), options },
    callbackUrl: { name: secureName("callback-url"), options },
    // __Host- also pins the cookie to this exact host and path "/".
    csrfToken: { name: `${secure ? "__Host-" : ""}${name}.csrf-token`, options },
    pkceCodeVerifier: { name: secureName("pkce.code_verifier"), options: shortLived },
    state: { name: secureName("state"), options: shortLived },
    nonce: { name: secureName("nonce"), options },
  };
}

/**
 * next-auth logs errors with their metadata: only a summary goes out (errorLogSummary: no message,
 * which for a failed query quotes its SQL and values), and ended sessions stay quiet.
 */
function authLogger(): Partial<LoggerInstance> {
  return {
    error(code, metadata) {
      const error = metadata instanceof Error ? metadata : "error" in metadata ? metadata.error : undefined;
      if (error instanceof SessionEndedError) return;
      console.error(error === undefined ? `[next-auth] ${code}` : `[next-auth] ${code}: ${errorLogSummary(error)}`);
    },
    warn(code) {
      console.warn(`[next-auth] warning ${code}`);
    },
    debug() {},
  };
}

/**
 * next-auth options for one app. The cookie is a signed, encrypted JWT that only names a session
 * row ({ sub, sid, sv }); every request re-reads that row and the account from Postgres, so
 * sign-out, disabling an account or changing a role take effect on the next request in every
 * instance.
 */
export function createAuthOptions({ app, getDatabase }: CreateAuthOptionsInput): NextAuthOptions {
  const env = authEnv();
  const maxAgeSeconds = sessionAbsoluteLifetimeMs / 1000;

  const options: NextAuthOptions = {
    secret: env.secret,
    useSecureCookies: env.secureCookies,
    cookies: appCookies(app, env.secureCookies),
    session: { strategy: "jwt", maxAge: maxAgeSeconds },
    jwt: { maxAge: maxAgeSeconds },
    // Errors land on the sign-in page too (`/sign-in?error=Throttled`), not on next-auth's own page.
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          let result: Awaited<ReturnType<typeof signIn>>;
          try {
            result = await signIn(await getDatabase(), {
              email: typeof credentials?.email === "string" ? credentials.email : "",
              password: typeof credentials?.password === "string" ? credentials.password : "",
              app,
              address: requestAddress(req.headers),
            });
          } catch (error) {
            // next-auth would put the message in the redirect URL; it must not carry SQL or stack.
            console.error("[auth] sign-in failed:", errorLogSummary(error));
            throw new Error(signInErrorCodes.unavailable);
          }
          if (!result.ok) {
            if (result.reason === "throttled") throw new Error(signInErrorCodes.throttled);
            return null; // next-auth answers CredentialsSignin
          }
          const user: SignedInUser = {
            id: result.user.userId,
            name: result.user.displayName,
            sid: result.sessionId,
            sv: result.sessionVersion,
          };
          return user;
        },
      }),
    ],
    callbacks: {
      // Rebuilt from scratch each time, so nothing else (name, email, client-sent update data)
      // can ride along in the cookie.
      jwt({ token, user }) {
        const source = user ? { sub: user.id, sid: (user as SignedInUser).sid, sv: (user as SignedInUser).sv } : token;
        const claims = parseSessionClaims(source);
        if (!claims) throw new SessionEndedError("session token without valid claims");
        return { sub: claims.sub, sid: claims.sid, sv: claims.sv } satisfies SessionClaims;
      },
      // What useSession() shows the browser: the display name and nothing else.
      async session({ session, token }) {
        const claims = parseSessionClaims(token);
        const user = claims
          ? await resolveSession(await getDatabase(), { sessionId: claims.sid, userId: claims.sub, sessionVersion: claims.sv, app })
          : null;
        if (!user) throw new SessionEndedError("session no longer valid");
        return { user: { name: user.displayName }, expires: session.expires };
      },
    },
    events: {
      async signOut({ token }) {
        const claims = parseSessionClaims(token);
        if (claims) await endSession(await getDatabase(), claims.sid);
      },
    },
    logger: authLogger(),
  };
  appOfOptions.set(options, app);
  return options;
}
