/**
 * Child process for the crash test: writes assets in large transactions forever and prints
 * "committed N" after each commit, until it is killed.
 */
import { writeOrg } from "../../src/db/store.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { openWorkspace } from "../../src/modules/workspace.js";

const [url, dataDir, batchText] = process.argv.slice(2);
const batch = Number(batchText ?? 2000);
const ws = await openWorkspace({ databaseUrl: url ?? "", dataDir, maxUploadBytes: 1024 });
const org = await createOrganization(ws.db, "crash-test", { slug: "bulk", name: "Bulk writer" });
for (let round = 1; ; round++) {
  await writeOrg(ws.db, org.id, "crash-test", async (w) => {
    for (let i = 0; i < batch; i++) {
      await w.insert("assets", { key: `A-${round}-${i}`, name: `Asset ${round}.${i}`, type: "hardware" });
    }
  });
  process.stdout.write(`committed ${round}\n`);
}
