/**
 * Child process for the crash tests: repeats one operation on a workspace until it is killed.
 *
 *   crash-child.ts <import|approve|restore|write> <database url> <data dir>
 *
 * It loads its modules, prints "loaded", and waits for a line on stdin (a JSON array of the files
 * to use) before it opens the workspace, so the parent can start the next child while this one
 * works. Then it prints
 * "started" and runs the operation over and over, printing "done <ms>" after each:
 *
 * - import: imports the register the first file (new keys each time, so every import adds all its rows);
 * - approve: sets control 5.1's notes to "round <n>", then approves SoA version <n>;
 * - restore: restores the archives in turn, replacing the organization each time;
 * - write: adds one asset per transaction (for several processes writing to one file at once).
 */
import { once } from "node:events";
import { OrgReader, writeOrg } from "../../src/db/store.js";
import { orgScope } from "../../src/modules/scope.js";
import { openWorkspace } from "../../src/modules/workspace.js";

const [mode, url, dataDir] = process.argv.slice(2);
// Only the modules of this mode, so that a child starts quickly.
const { importRisks } =
  mode === "import"
    ? await import("../../src/modules/risks/risk-import.service.js")
    : { importRisks: undefined };
const { approveSoa, updateSoaEntry } =
  mode === "approve"
    ? {
        ...(await import("../../src/modules/soa/soa.service.js")),
        ...(await import("../../src/modules/soa/soa-approval.service.js")),
      }
    : { approveSoa: undefined, updateSoaEntry: undefined };
const { restoreBackup } =
  mode === "restore"
    ? await import("../../src/modules/backup/backup.service.js")
    : { restoreBackup: undefined };
process.stdout.write("loaded\n");
const [go] = await once(process.stdin, "data");
const files = JSON.parse(String(go)) as string[];

const ws = await openWorkspace(
  { databaseUrl: url ?? "", dataDir, maxUploadBytes: 1024 * 1024 },
  { migrate: false },
);
const org = await ws.db
  .selectFrom("organizations")
  .select("id")
  .where("slug", "=", "acme")
  .executeTakeFirstOrThrow();
const actor = "crash-test";
process.stdout.write("started\n");

for (let round = 0; ; round++) {
  const started = performance.now();
  if (importRisks) {
    const report = await importRisks(ws.db, org.id, actor, files[0] ?? "");
    if (report.errors.length) throw new Error(JSON.stringify(report.errors.slice(0, 3)));
  } else if (approveSoa && updateSoaEntry) {
    const reader = new OrgReader(ws.db, org.id);
    const next = (await reader.count("soaVersions")) + 1;
    const [entry] = await reader.list("soaEntries", { controlId: "5.1" });
    if (!entry) throw new Error("no SoA entry 5.1");
    await updateSoaEntry(orgScope(ws.db, org.id, actor), "5.1", entry.version, { notes: `round ${next}` });
    await approveSoa(orgScope(ws.db, org.id, actor), {
      approvedBy: "Crash Tester",
      note: `approval ${next}`,
      undecidedReason: "crash test rounds",
    });
  } else if (restoreBackup) {
    await restoreBackup(ws, files[round % files.length] ?? "", { replace: true });
  } else if (mode === "write") {
    await writeOrg(ws.db, org.id, actor, async (w) => {
      await w.insert("assets", {
        key: `A-${process.pid}-${round}`,
        name: `Asset ${round}`,
        type: "hardware",
      });
    });
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  process.stdout.write(`done ${Math.round(performance.now() - started)}\n`);
}
