/**
 * A canonical picture of a workspace's content: every table's rows sorted by key, and every
 * evidence file's bytes by hash. Two workspaces with equal snapshots hold identical data.
 */
import type { Workspace } from "../../src/modules/workspace.js";

const TABLE_KEYS: Record<string, string> = { chainHeads: "chainId", blobs: "sha256" };

export async function snapshot(ws: Workspace): Promise<Record<string, unknown>> {
  const { ORG_TABLES } = await import("../../src/db/schema.js");
  const tables = ["organizations", "users", "chainHeads", "auditEvents", ...ORG_TABLES];
  const result: Record<string, unknown> = {};
  // biome-ignore lint/suspicious/noExplicitAny: tables are read by name
  const db = ws.db as any;
  for (const table of tables) {
    // A chain's number is local to the database that holds it (a restore assigns new ones).
    const query = db.selectFrom(table).orderBy(TABLE_KEYS[table] ?? "id");
    result[table] = await (table === "chainHeads"
      ? query.select(["chainId", "seq", "hash"])
      : query.selectAll()
    ).execute();
  }
  const shas = await ws.db
    .selectFrom("evidence")
    .select("sha256")
    .distinct()
    .where("sha256", "is not", null)
    .orderBy("sha256")
    .execute();
  const files: Record<string, string> = {};
  for (const { sha256 } of shas) {
    if (sha256) files[sha256] = Buffer.from((await ws.blobs.get(sha256)) ?? []).toString("base64");
  }
  result.files = files;
  return result;
}
