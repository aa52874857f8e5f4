/**
 * Backups as an attack path: a restore writes only the organizations a signed file names, a file
 * changed after it was made (even with a recomputed checksum) or made elsewhere is refused, and a
 * backup carries no password hash and no TOTP seed.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { uuidv7 } from "../../src/domain/ids.js";
import { createBackup, restoreBackup } from "../../src/modules/backup/backup.service.js";
import {
  importBackupKey,
  installationBackupKey,
  keyFileText,
  readKeyFile,
} from "../../src/modules/backup/backup-key.js";
import { snapshot } from "../support/snapshot.js";
import { DIALECTS } from "../support/workspaces.js";
import {
  addUser,
  disposedAfterEach,
  doctor,
  fakeHash,
  intruder,
  type Line,
  linesOf,
  mallory,
  SEED,
  twoOrganizations,
} from "./backup-fixtures.js";

const fresh = disposedAfterEach();

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
});
