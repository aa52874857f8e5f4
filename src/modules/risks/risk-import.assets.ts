/**
 * Assets and treatment actions of imported risks. A register names its assets ("Google Workspace",
 * "Payroll process") rather than by inventory key: each name is matched to an asset by key or
 * name, and a missing one is added to the inventory unless the user said not to. A row's target
 * date and comment become its treatment action.
 */
import type { OrgReader, OrgWriter } from "../../db/store.js";
import { nowIso } from "../../db/store.js";
import { invalid } from "../../domain/errors.js";
import { formatKey, keyNumber } from "../../domain/ids.js";
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

/**
 * The inventory as an import sees it: asset names and keys (any case) to keys, and keys to ids.
 * Loaded once per import and kept up to date as missing assets are added.
 */
export class AssetNames {
  /** Assets the import added, in order. */
  readonly created: { key: string; name: string }[] = [];

  private constructor(
    private readonly keyOf: Map<string, string>,
    private readonly ids: Map<string, string>,
    /** The highest asset key number: a new asset's key is counted here, not read per asset. */
    private highest: number,
  ) {}

  static async load(r: OrgReader): Promise<AssetNames> {
    const keyOf = new Map<string, string>();
    const ids = new Map<string, string>();
    let highest = 0;
    for (const a of await r.list("assets")) {
      keyOf.set(lower(a.name), a.key);
      keyOf.set(lower(a.key), a.key);
      ids.set(a.key, a.id);
      highest = Math.max(highest, keyNumber(a.key));
    }
    return new AssetNames(keyOf, ids, highest);
  }

  /** Rows naming assets the inventory lacks, as errors (when the user does not want them created). */
  missing(rows: readonly CheckedRow[], column: string): ImportError[] {
    return rows.flatMap((row) =>
      row.prepared.assetKeys
        .filter((name) => !this.keyOf.has(lower(name)))
        .map((name) => ({
          line: row.line,
          column,
          message: `"${name}" is not in the asset inventory; add it first or let the import create it`,
        })),
    );
  }

  /** Replaces the asset names of the rows by inventory keys (every name must be known). */
  resolve(rows: readonly CheckedRow[]): void {
    for (const row of rows)
      row.prepared.assetKeys = [
        ...new Set(row.prepared.assetKeys.map((name) => this.keyOf.get(lower(name)) ?? name)),
      ];
  }

  /** Replaces the asset names of the rows by inventory keys, adding the assets that are missing. */
  async addMissing(w: OrgWriter, rows: readonly CheckedRow[]): Promise<void> {
    for (const row of rows) {
      const keys: string[] = [];
      for (const name of row.prepared.assetKeys) {
        let key = this.keyOf.get(lower(name));
        if (!key) {
          key = formatKey("A", ++this.highest);
          const asset = await w.insert("assets", { key, name: name.trim(), type: assetTypeOf(name) });
          this.keyOf.set(lower(name), key);
          this.keyOf.set(lower(key), key);
          this.ids.set(key, asset.id);
          this.created.push({ key, name: name.trim() });
        }
        keys.push(key);
      }
      row.prepared.assetKeys = [...new Set(keys)];
    }
  }

  /** The id of the asset with this key. */
  idOf(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw invalid(`no asset "${key}" in the inventory`);
    return id;
  }
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
