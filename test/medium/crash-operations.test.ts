/**
 * A process killed without warning (SIGKILL) at random points of a risk import, an SoA approval
 * and a restore from a backup archive: after every kill the database opens, is intact, its audit
 * chains verify and the operation took effect entirely or not at all. On SQLite here (sixty child
 * processes fit CI's time budget once); `scripts/stress.ts crash` runs the same checks with
 * 100,000-row imports on SQLite and PostgreSQL.
 */
import { afterAll, describe, expect, it } from "vitest";
import { crashRepeatedly, type Operation } from "../support/crash-operations.js";
import { openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const KILLS = 20;
/** Rows per imported register, and risks in the restored archives (the newer one has half more). */
const SIZES: Record<Operation, number> = { import: 2000, approve: 0, restore: 1000 };

const CASES: [Operation, string][] = [
  ["import", "a risk import adds all of its rows or none"],
  ["approve", "an SoA approval creates the next version with its snapshot or nothing"],
  ["restore", "a restore leaves exactly the old or exactly the new content"],
];

describe("killing a process in the middle of an operation on sqlite", () => {
  const opened: TestWorkspace[] = [];
  afterAll(async () => {
    for (const ws of opened.splice(0)) await ws.dispose();
  });

  for (const [operation, behaviour] of CASES) {
    it.concurrent(`${behaviour}, across ${KILLS} kills`, async () => {
      const ws = await openTestWorkspace("sqlite");
      opened.push(ws);
      const sut = await crashRepeatedly(operation, ws, {
        kills: KILLS,
        size: SIZES[operation],
        log: process.env.ISMS_TEST_LOG ? (line) => console.log(line) : undefined,
      });
      expect(sut.kills).toBe(KILLS);
      // Most kills must land inside an operation, or the test proves little.
      expect(sut.midOperation).toBeGreaterThanOrEqual(KILLS / 4);
      // Each child of the import case starts a worker thread for its import (the thread loads the
      // import's modules from TypeScript sources), which takes a few seconds on a busy machine.
    }, 300_000);
  }
});
