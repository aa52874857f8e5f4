/**
 * Backups as an attack path: a restore writes only the organizations a signed file names, a file
 * changed after it was made (even with a recomputed checksum) or made elsewhere is refused, a
 * backup carries no password hash and no TOTP seed, and a file that inflates without end is
 * refused with a clear error.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { describeError } from "../../src/cli/errors.js";
import { writeOrg } from "../../src/db/store.js";
import { uuidv7 } from "../../src/domain/ids.js";
import { createBackup, restoreBackup } from "../../src/modules/backup/backup.service.js";
import { DEFAULT_BACKUP_LIMITS } from "../../src/modules/backup/backup-format.js";
import {
  type BackupKey,
  importBackupKey,
  installationBackupKey,
  keyFileText,
  readKeyFile,
} from "../../src/modules/backup/backup-key.js";
import { addFileEvidence } from "../../src/modules/evidence/evidence.service.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { runIsms } from "../support/run-cli.js";
import { snapshot } from "../support/snapshot.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const actor = "test";
const opened: TestWorkspace[] = [];
async function fresh(dialect: "sqlite" | "postgres") {
  const ws = await openTestWorkspace(dialect);
  opened.push(ws);
  return ws;
}
afterEach(async () => {
  for (const ws of opened.splice(0)) await ws.dispose();
});

const fakeHash = () =>
  `scrypt$16384$8$1$${randomBytes(16).toString("hex")}$${randomBytes(32).toString("hex")}`;
const SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/** A user with a password hash and, optionally, an enabled TOTP seed. */
async function addUser(ws: TestWorkspace, email: string, options: { owner?: boolean; seed?: string } = {}) {
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
async function twoOrganizations(ws: TestWorkspace) {
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

type Line = Record<string, unknown>;

/** The lines of a backup file, trailer included. */
async function linesOf(file: string): Promise<Line[]> {
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
async function doctor(
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
function intruder(alphaId: string, options: { identityOnly?: boolean } = {}) {
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

async function mallory(ws: TestWorkspace) {
  return ws.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", "mallory@example.test")
    .executeTakeFirst();
}

describe.each(DIALECTS)("backup security on %s", (dialect) => {
  it("F2: refuses a doctored beta backup that adds an installation owner and an owner of alpha", async () => {
    const ws = await fresh(dialect);
    const { alpha } = await twoOrganizations(ws);
    const file = join(ws.dir, "beta.isms.gz");
    await createBackup(ws, file, { orgSlug: "beta" });
    await doctor(file, intruder(alpha.id));
    const before = await snapshot(ws);

    await expect(restoreBackup(ws, file, { replace: true })).rejects.toMatchObject({
      code: "INTEGRITY",
      message: expect.stringMatching(/not made by this installation or was changed after it was made/),
    });
    expect(await mallory(ws)).toBeUndefined();
    expect(await snapshot(ws)).toEqual(before);
  });

  it("F2: refuses the same rows even in a correctly signed file, naming the line", async () => {
    const ws = await fresh(dialect);
    const { alpha } = await twoOrganizations(ws);
    const key = await installationBackupKey(ws.db);
    const file = join(ws.dir, "beta.isms.gz");
    await createBackup(ws, file, { orgSlug: "beta" });
    const clean = await readFile(file);

    await doctor(file, intruder(alpha.id), { key });
    const before = await snapshot(ws);
    const userLine =
      (await linesOf(file)).findIndex((l) => (l.row as Line)?.email === "mallory@example.test") + 1;
    await expect(restoreBackup(ws, file, { replace: true })).rejects.toMatchObject({
      code: "INTEGRITY",
      message: expect.stringContaining(`line ${userLine} (users) carries passwordHash, isInstallationOwner`),
    });

    await writeFile(file, clean);
    await doctor(file, intruder(alpha.id, { identityOnly: true }), { key });
    const membershipLine =
      (await linesOf(file)).findIndex(
        (l) => (l.row as Line)?.orgId === alpha.id && l.table === "memberships",
      ) + 1;
    await expect(restoreBackup(ws, file, { replace: true })).rejects.toMatchObject({
      code: "INTEGRITY",
      message: expect.stringContaining(
        `line ${membershipLine} (memberships) belongs to organization ${alpha.id}`,
      ),
    });
    expect(await mallory(ws)).toBeUndefined();
    expect(await snapshot(ws)).toEqual(before);

    // The untouched backup still restores over beta.
    await writeFile(file, clean);
    await expect(restoreBackup(ws, file, { replace: true })).resolves.toMatchObject({
      organizations: ["beta"],
    });
  });

  it("F2: an unsigned file of the previous format is refused, and with --allow-unsigned still checked", async () => {
    const ws = await fresh(dialect);
    const { alpha } = await twoOrganizations(ws);
    const file = join(ws.dir, "beta.isms.gz");
    await createBackup(ws, file, { orgSlug: "beta" });
    await doctor(file, intruder(alpha.id), { unsigned: true });
    const before = await snapshot(ws);

    await expect(restoreBackup(ws, file, { replace: true })).rejects.toThrow(
      /unsigned backup.*--allow-unsigned/,
    );
    await expect(restoreBackup(ws, file, { replace: true, allowUnsigned: true })).rejects.toMatchObject({
      code: "INTEGRITY",
      message: expect.stringMatching(
        /line \d+ \(memberships\) belongs to organization .*which this backup does not restore/,
      ),
    });
    expect(await snapshot(ws)).toEqual(before);

    // An honest backup of the previous format, whose users carried credentials and flags, restores
    // with the flag, and none of those reach the database.
    const honest = join(ws.dir, "honest.isms.gz");
    await createBackup(ws, honest, { orgSlug: "beta" });
    await doctor(
      honest,
      (lines) =>
        lines.map((l) =>
          l.table === "users"
            ? {
                ...l,
                row: {
                  ...(l.row as Line),
                  passwordHash: fakeHash(),
                  isInstallationOwner: 1,
                  totpSecret: SEED,
                },
              }
            : l,
        ),
      { unsigned: true },
    );
    const target = await fresh(dialect);
    await expect(restoreBackup(target, honest)).rejects.toThrow(/--allow-unsigned/);
    await restoreBackup(target, honest, { allowUnsigned: true });
    expect(await target.db.selectFrom("users").selectAll().execute()).toEqual([
      expect.objectContaining({
        email: "bob@example.test",
        passwordHash: null,
        totpSecret: null,
        isInstallationOwner: 0,
      }),
    ]);
  });

  it("refuses rows of the installation and of other organizations in an organization backup", async () => {
    const ws = await fresh(dialect);
    const { alpha, beta } = await twoOrganizations(ws);
    const key = await installationBackupKey(ws.db);
    const file = join(ws.dir, "beta.isms.gz");
    await createBackup(ws, file, { orgSlug: "beta" });
    const clean = await readFile(file);
    const before = await snapshot(ws);
    const now = new Date().toISOString();
    const cases: [string, (lines: Line[]) => Line[], RegExp][] = [
      [
        "an asset of alpha",
        (l) => [
          ...l,
          {
            table: "assets",
            row: {
              id: uuidv7(),
              orgId: alpha.id,
              version: 1,
              createdAt: now,
              updatedAt: now,
              key: "A-9",
              name: "x",
              type: "hardware",
            },
          },
        ],
        /\(assets\) belongs to organization/,
      ],
      [
        "an installation audit event",
        (l) => [
          ...l,
          { table: "auditEvents", row: { id: uuidv7(), chainId: "installation", orgId: null, seq: 99 } },
        ],
        /\(auditEvents\) belongs to the installation/,
      ],
      [
        "a session",
        (l) => [...l, { table: "sessions", row: { idHash: "x", userId: "y" } }],
        /table "sessions", which a restore never writes/,
      ],
      [
        "the organization alpha",
        (l) => [
          l[0] as Line,
          { table: "organizations", row: { id: alpha.id, slug: "alpha", name: "Alpha" } },
          ...l.slice(1),
        ],
        /organization "alpha", which the header does not name/,
      ],
      [
        "beta with alpha's id",
        (l) =>
          l.map((x) =>
            x.table === "organizations" ? { ...x, row: { ...(x.row as Line), id: alpha.id } } : x,
          ),
        /belongs to organization|has the id of organization "alpha"/,
      ],
    ];
    for (const [what, edit, message] of cases) {
      await writeFile(file, clean);
      await doctor(file, edit, { key });
      await expect(restoreBackup(ws, file, { replace: true }), what).rejects.toThrow(message);
    }
    expect(await snapshot(ws)).toEqual(before);
    expect(beta.id).not.toEqual(alpha.id);
  });

  it("refuses a file with a recomputed SHA-256 but a wrong HMAC", async () => {
    const ws = await fresh(dialect);
    await twoOrganizations(ws);
    const file = join(ws.dir, "beta.isms.gz");
    await createBackup(ws, file, { orgSlug: "beta" });
    await doctor(file, (lines) =>
      lines.map((l) =>
        l.table === "assets" ? { ...l, row: { ...(l.row as Line), name: "Beta laptop fleet (retired)" } } : l,
      ),
    );
    const before = await snapshot(ws);
    await expect(restoreBackup(ws, file, { replace: true })).rejects.toThrow(
      /not made by this installation or was changed after it was made/,
    );
    expect(await snapshot(ws)).toEqual(before);
  });

  it("restores into another installation only with that installation's key", async () => {
    const source = await fresh(dialect);
    await twoOrganizations(source);
    const file = join(source.dir, "beta.isms.gz");
    await createBackup(source, file, { orgSlug: "beta" });
    const keyFile = join(source.dir, "backup.key");
    await writeFile(keyFile, keyFileText(await installationBackupKey(source.db)));

    const target = await fresh(dialect);
    await expect(restoreBackup(target, file)).rejects.toThrow(/not made by this installation/);
    expect(await target.db.selectFrom("organizations").select("id").execute()).toEqual([]);
    await importBackupKey(target.db, await readKeyFile(keyFile));
    await expect(restoreBackup(target, file)).resolves.toMatchObject({
      organizations: ["beta"],
      usersCreated: ["bob@example.test"],
    });
  });

  it("F16: backups carry no password hash and no TOTP seed; restored users have neither", async () => {
    const ws = await fresh(dialect);
    const { bob, root } = await twoOrganizations(ws);
    for (const [name, options] of [
      ["beta", { orgSlug: "beta" }],
      ["all", {}],
    ] as const) {
      const file = join(ws.dir, `${name}.isms.gz`);
      await createBackup(ws, file, options);
      const text = gunzipSync(await readFile(file)).toString("utf8");
      expect(text).toContain("bob@example.test");
      expect(text).not.toContain(bob.passwordHash);
      expect(text).not.toContain(root.passwordHash);
      expect(text).not.toContain(SEED);
      expect(text).not.toMatch(/passwordHash|totpSecret|isInstallationOwner/);
    }

    const target = await fresh(dialect);
    await importBackupKey(target.db, await installationBackupKey(ws.db));
    await restoreBackup(target, join(ws.dir, "all.isms.gz"));
    const users = await target.db.selectFrom("users").selectAll().orderBy("email").execute();
    expect(users.map((u) => u.email)).toEqual([
      "alice@example.test",
      "bob@example.test",
      "root@example.test",
    ]);
    for (const user of users) {
      expect(user).toMatchObject({
        passwordHash: null,
        totpSecret: null,
        totpEnabled: 0,
        isInstallationOwner: 0,
      });
    }
    const recorded = await target.db
      .selectFrom("auditEvents")
      .select("entityId")
      .where("chainId", "=", "installation")
      .where("action", "=", "restore")
      .execute();
    expect(recorded.map((e) => e.entityId).sort()).toEqual(users.map((u) => u.id).sort());
    const { verifyAllChains } = await import("../../src/modules/audit-trail/audit-trail.service.js");
    for (const report of await verifyAllChains(target.db))
      expect(report.verdict.ok, report.chainId).toBe(true);
  });

  it("maps a backup's user to an existing user with the same email", async () => {
    const source = await fresh(dialect);
    await twoOrganizations(source);
    const file = join(source.dir, "beta.isms.gz");
    await createBackup(source, file, { orgSlug: "beta" });
    const target = await fresh(dialect);
    const local = await addUser(target, "bob@example.test");
    const summary = await restoreBackup(target, file, {
      trustKeys: [await installationBackupKey(source.db)],
    });
    expect(summary.usersCreated).toEqual([]);
    const members = await target.db.selectFrom("memberships").select(["userId", "role"]).execute();
    expect(members).toEqual([{ userId: local.id, role: "owner" }]);
    const kept = await target.db
      .selectFrom("users")
      .selectAll()
      .where("id", "=", local.id)
      .executeTakeFirstOrThrow();
    expect(kept.passwordHash).toBe(local.passwordHash);
  });

  it("refuses a gzip bomb with a clear error, exit code 1, never a RangeError", async () => {
    const ws = await fresh(dialect);
    // Concatenated gzip members: 640 MiB of zeros without a newline, in a file of under 1 MiB.
    const member = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
    const bomb = join(ws.dir, "bomb.isms.gz");
    await writeFile(bomb, Buffer.concat(Array.from({ length: 640 }, () => member)));
    const error = await restoreBackup(ws, bomb).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "INTEGRITY",
      message: expect.stringMatching(/line 1 is longer than 256 MiB when unpacked/),
    });
    expect(describeError(error)?.exitCode).toBe(1);

    await expect(
      restoreBackup(ws, bomb, { limits: { ...DEFAULT_BACKUP_LIMITS, maxUnpackedBytes: 8 * 1024 * 1024 } }),
    ).rejects.toThrow(/the backup is larger than 8 MiB when unpacked/);
    const many = join(ws.dir, "lines.isms.gz");
    const header = { format: "isms-copilot-backup", formatVersion: 2, schema: "0001-initial", scope: "all" };
    await writeFile(many, gzipSync(`${JSON.stringify(header)}\n${"{}\n".repeat(100)}`));
    await expect(
      restoreBackup(ws, many, { limits: { ...DEFAULT_BACKUP_LIMITS, maxLines: 10 } }),
    ).rejects.toThrow(/more than 10 lines/);
  });
});

describe("backup commands", () => {
  it("exports the key, restores elsewhere with --trust-key, refuses a bomb with its limit setting", async () => {
    const ws = await fresh("sqlite");
    const saved = { url: process.env.ISMS_DATABASE_URL, limit: process.env.ISMS_BACKUP_MAX_UNPACKED_BYTES };
    process.env.ISMS_DATABASE_URL = ws.url;
    try {
      const keyFile = join(ws.dir, "backup.key");
      const exported = await runIsms("backup", "key", "export", keyFile);
      expect(exported.stdout).toContain(`Backup key ${(await readKeyFile(keyFile)).id} written`);
      expect((await stat(keyFile)).mode & 0o077).toBe(0);
      await expect(runIsms("backup", "key", "export", keyFile)).rejects.toThrow(/already exists/);

      // Another installation restores the backup only with --trust-key.
      const file = join(ws.dir, "all.isms.gz");
      await runIsms("backup", "--out", file);
      const other = await fresh("sqlite");
      process.env.ISMS_DATABASE_URL = other.url;
      await expect(runIsms("restore", file)).rejects.toThrow(/not made by this installation/);
      await expect(runIsms("restore", file, "--trust-key", keyFile)).resolves.toMatchObject({ exitCode: 0 });

      const bomb = join(ws.dir, "bomb.isms.gz");
      await writeFile(
        bomb,
        Buffer.concat(Array.from({ length: 16 }, () => gzipSync(Buffer.alloc(1024 * 1024)))),
      );
      process.env.ISMS_BACKUP_MAX_UNPACKED_BYTES = String(4 * 1024 * 1024);
      const error = await runIsms("restore", bomb).catch((e: unknown) => e);
      expect(describeError(error)).toEqual({
        message: expect.stringMatching(/larger than 4 MiB when unpacked \(ISMS_BACKUP_MAX_UNPACKED_BYTES\)/),
        exitCode: 1,
      });
    } finally {
      for (const [name, value] of [
        ["ISMS_DATABASE_URL", saved.url],
        ["ISMS_BACKUP_MAX_UNPACKED_BYTES", saved.limit],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
