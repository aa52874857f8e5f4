/**
 * An API under test: a real app on a test workspace, driven through Fastify's inject (no socket),
 * with helpers to create users, sign in and call routes with the session cookie and CSRF token.
 */
import { type App, type AppOptions, buildApp } from "../../src/http/app.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { addMember } from "../../src/modules/users/membership.service.js";
import { createUser, type Role } from "../../src/modules/users/user.service.js";
import { type Dialect, openTestWorkspace, type TestWorkspace } from "./workspaces.js";

export const PASSWORD = "correct horse battery staple";

export interface Session {
  cookie: string;
  csrf: string;
}

export interface ApiHarness {
  ws: TestWorkspace;
  app: App;
  /** Creates a user with a password and signs them in. */
  signIn(email: string): Promise<Session>;
  /** Creates a user with a role in an organization and signs them in. */
  member(orgSlug: string, role: Role): Promise<Session>;
  call(
    session: Session | undefined,
    method: string,
    url: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; json: Record<string, unknown> & unknown[]; headers: Record<string, unknown> }>;
  dispose(): Promise<void>;
}

export async function openApi(
  dialect: Dialect,
  options: {
    loginRateLimit?: number;
    maxUploadBytes?: number;
    logStream?: { write(line: string): void };
    /** Further app settings (proxy trust, session policy, token term, client sign-in limit). */
    app?: Partial<
      Pick<
        AppOptions,
        "trustProxy" | "sessionPolicy" | "tokenDefaultDays" | "loginClientRateLimit" | "mailer" | "publicUrl"
      >
    >;
  } = {},
): Promise<ApiHarness> {
  const ws = await openTestWorkspace(dialect);
  const app = await buildApp({
    ws,
    logLevel: options.logStream ? "debug" : false,
    loginRateLimit: options.loginRateLimit ?? 1000,
    ...(options.maxUploadBytes && { maxUploadBytes: options.maxUploadBytes }),
    ...(options.logStream && { logStream: options.logStream }),
    ...options.app,
  });
  let counter = 0;
  const harness: ApiHarness = {
    ws,
    app,
    async signIn(email) {
      await createUser(ws.db, "test", { email, password: PASSWORD }).catch(() => undefined);
      const response = await app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email, password: PASSWORD },
      });
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === "isms_session");
      return { cookie: `isms_session=${cookie?.value}`, csrf: response.json().csrfToken };
    },
    async member(orgSlug, role) {
      const email = `${role}-${++counter}@${orgSlug}.test`;
      const session = await harness.signIn(email);
      await addMember(ws.db, "test", { orgSlug, email, role });
      return session;
    },
    async call(session, method, url, options = {}) {
      const response = await app.inject({
        method: method as "GET",
        url,
        headers: {
          ...(session && { cookie: session.cookie, "x-csrf-token": session.csrf }),
          ...(options.body !== undefined && { "content-type": "application/json" }),
          ...options.headers,
        },
        ...(options.body !== undefined && { payload: JSON.stringify(options.body) }),
      });
      let json: unknown = {};
      try {
        json = response.json();
      } catch {
        json = {};
      }
      return {
        status: response.statusCode,
        json: json as Record<string, unknown> & unknown[],
        headers: response.headers,
      };
    },
    async dispose() {
      await app.close();
      await ws.dispose();
    },
  };
  return harness;
}

/** Two organizations with one member of each role in the first. */
export async function buildTwoOrgs(api: ApiHarness) {
  await createOrganization(api.ws.db, "test", { slug: "acme", name: "Acme" });
  await createOrganization(api.ws.db, "test", { slug: "globex", name: "Globex" });
}
