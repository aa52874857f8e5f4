/**
 * A large risk import on SQLite runs its transaction in a worker thread: while it runs, this
 * process's reads go on, and its writes wait for it (asynchronously, at the write gate) instead of
 * failing on SQLite's lock or sleeping on the event loop. Both land: nothing is lost.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { OrgReader, writeOrg } from "../../src/db/store.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { importRisks } from "../../src/modules/risks/risk-import.service.js";
import { openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

let ws: TestWorkspace | undefined;
afterAll(async () => ws?.dispose());

it("keeps reads going and holds writes back while a worker thread imports", {
  timeout: 120_000,
}, async () => {
  ws = await openTestWorkspace("sqlite");
  const org = await createOrganization(ws.db, "tester", { slug: "gate", name: "Gate Ltd" });
  const rows = ["Risk ID,Title,Likelihood,Impact,Treatment,Annex A Controls"];
  for (let i = 0; i < 20_000; i++)
    rows.push(`G-${i},Risk ${i},${(i % 5) + 1},${(i % 4) + 1},modify,8.${(i % 34) + 1}`);
  const file = join(ws.dir, "gate.csv");
  writeFileSync(file, `${rows.join("\n")}\n`);

  let imported = false;
  let firstProgress = false;
  const importing = importRisks(ws.db, org.id, "tester", file, {
    onProgress: () => {
      firstProgress = true;
    },
  }).then((report) => {
    imported = true;
    return report;
  });
  // Once the worker has begun writing, a read here is answered at once...
  while (!firstProgress) await new Promise((r) => setTimeout(r, 5));
  const before = await new OrgReader(ws.db, org.id).list("risks");
  expect(imported).toBe(false);
  expect(before).toHaveLength(0);
  // ...and a write waits for the import's commit, then lands after it: its transaction sees the
  // imported risks.
  // The event loop keeps turning while the write waits (SQLite's own lock wait would sleep on it).
  let ticks = 0;
  const ticking = setInterval(() => ticks++, 10);
  const { asset, risksSeen } = await writeOrg(ws.db, org.id, "tester", async (w) => ({
    risksSeen: (await w.list("risks")).length,
    asset: await w.insert("assets", { key: "A-900", name: "Written during the import", type: "service" }),
  }));
  clearInterval(ticking);
  expect(risksSeen).toBe(20_000);
  expect(ticks).toBeGreaterThanOrEqual(3);
  const report = await importing;
  expect(report.errors).toEqual([]);
  expect(report.imported).toBe(20_000);
  const reader = new OrgReader(ws.db, org.id);
  expect((await reader.list("assets")).map((a) => a.id)).toContain(asset.id);
  expect(await reader.list("risks")).toHaveLength(20_000);
});
