/**
 * Shared pieces of the backup security tests: workspaces disposed after each test, two
 * organizations with users who hold credentials, and a way to rewrite a backup file as someone
 * editing it would.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach } from "vitest";
import { writeOrg } from "../../src/db/store.js";
import { uuidv7 } from "../../src/domain/ids.js";
import type { BackupKey } from "../../src/modules/backup/backup-key.js";
import { addFileEvidence } from "../../src/modules/evidence/evidence.service.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const actor = "test";

/** `fresh(dialect)` opens a workspace that is disposed after the test. */
export function disposedAfterEach() {
  const opened: TestWorkspace[] = [];
  afterEach(async () => {
    for (const ws of opened.splice(0)) await ws.dispose();
  });
  return async (dialect: "sqlite" | "postgres") => {
    const ws = await openTestWorkspace(dialect);
    opened.push(ws);
    return ws;
  };
}

export const fakeHash = () =>
  `scrypt$16384$8$1$${randomBytes(16).toString("hex")}$${randomBytes(32).toString("hex")}`;
export const SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/** A user with a password hash and, optionally, an enabled TOTP seed. */
export async function addUser(
  ws: TestWorkspace,
  email: string,
  options: { owner?: boolean; seed?: string } = {},
) {
  const now = new Date().toISOString();
  const user = {
    id: uuidv7(),
    email,
    name: email.split("@")[0] ?? email,
    passwordHash: fakeHash(),
    isInstallationOwner: options.owner ? (1 as const) : (0 as const),
    disabled: 0 as const,
    totpSecret: options.seed ?? null,
    totpEnabled: options.seed ? (1 as const) : (0 as const),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await ws.db.insertInto("users").values(user).execute();
  return user;
}

/**
 * Two organizations: alpha (alice, with an evidence file) and beta (bob, with a password and a
 * TOTP seed); root is the installation owner and a member of neither.
 */
export async function twoOrganizations(ws: TestWorkspace) {
  const alpha = await createOrganization(ws.db, actor, { slug: "alpha", name: "Alpha" });
  const beta = await createOrganization(ws.db, actor, { slug: "beta", name: "Beta" });
  const root = await addUser(ws, "root@example.test", { owner: true });
  const alice = await addUser(ws, "alice@example.test");
  const bob = await addUser(ws, "bob@example.test", { seed: SEED });
  await writeOrg(ws.db, alpha.id, actor, (w) => w.insert("memberships", { userId: alice.id, role: "owner" }));
  await writeOrg(ws.db, beta.id, actor, async (w) => {
    await w.insert("memberships", { userId: bob.id, role: "owner" });
    await w.insert("assets", { key: "A-001", name: "Beta laptop fleet", type: "hardware" });
  });
  await addFileEvidence(ws.db, ws.blobs, alpha.id, actor, {
    title: "Alpha payroll export",
    data: Buffer.from("name,salary\nalice,100\n"),
    filename: "payroll.csv",
    mime: "text/csv",
    links: [{ type: "control", id: "5.12" }],
  });
  return { alpha, beta, root, alice, bob };
}

export type Line = Record<string, unknown>;

/** The lines of a backup file, trailer included. */
export async function linesOf(file: string): Promise<Line[]> {
  const text = gunzipSync(await readFile(file)).toString("utf8");
  return text
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Line);
}

/**
 * Rewrites a backup as someone editing the file would: changes its lines, then recomputes the
 * trailer's line count and SHA-256. With `key`, the HMAC too (someone who holds the key); with
 * `unsigned`, the file is made to look like the previous, unsigned format.
 */
export async function doctor(
  file: string,
  edit: (lines: Line[]) => Line[],
  options: { key?: BackupKey; unsigned?: boolean } = {},
): Promise<void> {
  const all = await linesOf(file);
  const trailer = all.pop() as Line;
  let body = edit(all);
  if (options.unsigned) body = [{ ...body[0], formatVersion: 1 }, ...body.slice(1)];
  const texts = body.map((l) => JSON.stringify(l));
  const sha = createHash("sha256");
  const mac = options.key ? createHmac("sha256", options.key.secret) : undefined;
  for (const text of texts) {
    sha.update(`${text}\n`);
    mac?.update(`${text}\n`);
  }
  const end: Line = { ...trailer, lines: texts.length, sha256: sha.digest("hex") };
  if (mac) end.hmac = mac.digest("hex");
  if (options.unsigned) {
    delete end.hmac;
    delete end.keyId;
  }
  await writeFile(file, gzipSync(`${[...texts, JSON.stringify(end)].join("\n")}\n`));
}

/** F2's additions: an installation-owner user with a password, and an owner membership in alpha. */
export function intruder(alphaId: string, options: { identityOnly?: boolean } = {}) {
  const now = new Date().toISOString();
  const id = uuidv7();
  const user: Line = options.identityOnly
    ? { id, email: "mallory@example.test", name: "Mallory" }
    : {
        id,
        email: "mallory@example.test",
        name: "Mallory",
        passwordHash: fakeHash(),
        isInstallationOwner: 1,
        disabled: 0,
        totpSecret: null,
        totpEnabled: 0,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
  const membership: Line = {
    id: uuidv7(),
    orgId: alphaId,
    userId: id,
    role: "owner",
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return (lines: Line[]) => {
    const lastUser = lines.findLastIndex((l) => l.table === "users");
    const lastMembership = lines.findLastIndex((l) => l.table === "memberships");
    const out = [...lines];
    out.splice(lastMembership + 1, 0, { table: "memberships", row: membership });
    out.splice(lastUser + 1, 0, { table: "users", row: user });
    return out;
  };
}

export async function mallory(ws: TestWorkspace) {
  return ws.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", "mallory@example.test")
    .executeTakeFirst();
}
