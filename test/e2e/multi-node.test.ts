import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../src/modules/audit-trail/audit-trail.service.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { addMember } from "../../src/modules/users/membership.service.js";
import { createUser } from "../../src/modules/users/user.service.js";
import { openWorkspace } from "../../src/modules/workspace.js";
import { PASSWORD } from "../support/api.js";
import { openTestWorkspace, PG_URL, type TestWorkspace } from "../support/workspaces.js";

const main = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const register = fileURLToPath(new URL("../support/ts-register.mjs", import.meta.url));

async function startNode(url: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "--experimental-transform-types",
      "--no-warnings",
      "--import",
      register,
      main,
      "serve",
      "--port",
      String(port),
    ],
    {
      env: { ...process.env, ISMS_DATABASE_URL: url, ISMS_LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`node on port ${port} exited: ${stderr}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`node on port ${port} did not become ready: ${stderr}`);
}

describe.runIf(PG_URL)("two app nodes on one PostgreSQL", () => {
  let ws: TestWorkspace;
  const nodes: ChildProcess[] = [];
  const base = 41000 + Math.floor(Math.random() * 2000);
  const a = `http://127.0.0.1:${base}`;
  const b = `http://127.0.0.1:${base + 1}`;
  let cookie = "";
  let csrf = "";

  beforeAll(async () => {
    ws = await openTestWorkspace("postgres");
    await createOrganization(ws.db, "test", { slug: "acme", name: "Acme" });
    await createUser(ws.db, "test", { email: "owner@acme.test", password: PASSWORD });
    await addMember(ws.db, "test", { orgSlug: "acme", email: "owner@acme.test", role: "owner" });
    nodes.push(await startNode(ws.url, base), await startNode(ws.url, base + 1));
    const login = await fetch(`${a}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "owner@acme.test", password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  }, 60_000);

  afterAll(async () => {
    for (const node of nodes) node.kill("SIGTERM");
    await Promise.all(
      nodes.map((n) => new Promise((r) => (n.exitCode !== null ? r(null) : n.once("exit", r)))),
    );
    await ws?.dispose();
  });

  const call = (
    node: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${node}${path}`, {
      method,
      headers: {
        cookie,
        "x-csrf-token": csrf,
        ...(body !== undefined && { "content-type": "application/json" }),
        ...headers,
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });

  it("serves a session opened on one node from the other", async () => {
    const me = await call(b, "GET", "/api/v1/auth/me");
    expect(me.status).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe("owner@acme.test");
  });

  it("shows a write made through one node on the other", async () => {
    const created = await call(b, "POST", "/api/v1/orgs/acme/risks", {
      title: "Shared risk",
      inherent: { likelihood: 3, impact: 3 },
    });
    expect(created.status).toBe(201);
    const read = await call(a, "GET", "/api/v1/orgs/acme/risks/R-001");
    expect(((await read.json()) as { title: string }).title).toBe("Shared risk");
  });

  it("lets exactly one of two concurrent writes with the same ETag win, and loses none of a sequence", async () => {
    const tag = (await call(a, "GET", "/api/v1/orgs/acme/risks/R-001")).headers.get("etag") ?? "";
    const [fromA, fromB] = await Promise.all([
      call(a, "PATCH", "/api/v1/orgs/acme/risks/R-001", { owner: "Alice" }, { "if-match": tag }),
      call(b, "PATCH", "/api/v1/orgs/acme/risks/R-001", { owner: "Bob" }, { "if-match": tag }),
    ]);
    expect([fromA.status, fromB.status].sort()).toEqual([200, 412]);
    const winner = fromA.status === 200 ? "Alice" : "Bob";
    expect(
      ((await (await call(b, "GET", "/api/v1/orgs/acme/risks/R-001")).json()) as { owner: string }).owner,
    ).toBe(winner);

    for (let i = 0; i < 10; i++) {
      const node = i % 2 ? a : b;
      const current = await call(node, "GET", "/api/v1/orgs/acme/risks/R-001");
      const updated = await call(
        node === a ? b : a,
        "PATCH",
        "/api/v1/orgs/acme/risks/R-001",
        { description: `edit ${i}` },
        { "if-match": current.headers.get("etag") ?? "" },
      );
      expect(updated.status).toBe(200);
    }
    const final = await (await call(a, "GET", "/api/v1/orgs/acme/risks/R-001")).json();
    expect(final).toMatchObject({ description: "edit 9", version: 12 });
    const reader = await openWorkspace({ databaseUrl: ws.url, dataDir: undefined, maxUploadBytes: 1 });
    try {
      const org = await reader.db
        .selectFrom("organizations")
        .select("id")
        .where("slug", "=", "acme")
        .executeTakeFirstOrThrow();
      expect(await verifyAuditChain(reader.db, org.id)).toMatchObject({ ok: true });
    } finally {
      await reader.close();
    }
  });
});
