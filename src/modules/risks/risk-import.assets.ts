/**
 * Assets and treatment actions of imported risks. A register names its assets ("Google Workspace",
 * "Payroll process") rather than by inventory key: each name is matched to an asset by key or
 * name, and a missing one is added to the inventory unless the user said not to. A row's target
 * date and comment become its treatment action.
 */
import type { OrgReader, OrgWriter } from "../../db/store.js";
import { nowIso } from "../../db/store.js";
import type { RiskView } from "./risk.repository.js";
import type { PreparedRisk } from "./risk.service.js";
import type { ImportError } from "./risk-import.columns.js";
import type { CheckedRow } from "./risk-import.tasks.js";

const lower = (text: string) => text.trim().toLowerCase();

/** The kind of asset a name suggests; a service when nothing says otherwise. */
export function assetTypeOf(name: string): string {
  const n = lower(name);
  if (/laptop|server|device|hardware|phone|firewall|router|printer|workstation/.test(n)) return "hardware";
  if (/office|site|building|data ?cent|premises|warehouse/.test(n)) return "site";
  if (/staff|employee|people|personnel|contractor|team/.test(n)) return "people";
  if (/data|record|database|document|information|backup/.test(n)) return "information";
  if (/software|application|app\b|code|repository|erp|crm/.test(n)) return "software";
  return "service";
}

async function assetIndex(r: OrgReader): Promise<Map<string, string>> {
  const index = new Map<string, string>();
  for (const a of await r.list("assets")) {
    index.set(lower(a.name), a.key);
    index.set(lower(a.key), a.key);
  }
  return index;
}

/** Rows naming assets the inventory lacks, as errors (when the user does not want them created). */
export async function missingAssetErrors(
  r: OrgReader,
  rows: readonly CheckedRow[],
  column: string,
): Promise<ImportError[]> {
  const index = await assetIndex(r);
  return rows.flatMap((row) =>
    row.prepared.assetKeys
      .filter((name) => !index.has(lower(name)))
      .map((name) => ({
        line: row.line,
        column,
        message: `"${name}" is not in the asset inventory; add it first or let the import create it`,
      })),
  );
}

/**
 * Replaces the asset names of the rows by inventory keys, adding the assets that are missing.
 * Returns the assets added.
 */
export async function addMissingAssets(
  w: OrgWriter,
  rows: readonly CheckedRow[],
): Promise<{ key: string; name: string }[]> {
  const index = await assetIndex(w);
  const created: { key: string; name: string }[] = [];
  for (const row of rows) {
    const keys: string[] = [];
    for (const name of row.prepared.assetKeys) {
      let key = index.get(lower(name));
      if (!key) {
        key = await w.nextKey("assets", "A");
        await w.insert("assets", { key, name: name.trim(), type: assetTypeOf(name) });
        index.set(lower(name), key);
        index.set(lower(key), key);
        created.push({ key, name: name.trim() });
      }
      keys.push(key);
    }
    row.prepared.assetKeys = [...new Set(keys)];
  }
  return created;
}

const actionText = (a: { title: string; owner?: string | null; dueOn?: string | null; status: string }) =>
  JSON.stringify([a.title, a.owner ?? null, a.dueOn ?? null, a.status]);

/** Whether the risk's current actions are those the row brings. */
export const sameActions = (view: RiskView | undefined, prepared: PreparedRisk) =>
  JSON.stringify((view?.actions ?? []).map(actionText)) === JSON.stringify(prepared.actions.map(actionText));

/** The treatment actions of newly inserted risks (`ids[i]` is the id of `rows[i]`). */
export async function insertActions(
  w: OrgWriter,
  rows: readonly { row: CheckedRow }[],
  ids: readonly string[],
): Promise<void> {
  const actions = rows.flatMap(({ row }, i) =>
    row.prepared.actions.map((action) => ({
      riskId: ids[i] ?? "",
      title: action.title,
      owner: action.owner ?? null,
      dueOn: action.dueOn ?? null,
      status: action.status,
      completedOn: action.status === "done" ? nowIso().slice(0, 10) : null,
    })),
  );
  if (actions.length) await w.insertMany("treatmentActions", actions);
}
