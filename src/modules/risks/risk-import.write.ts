/**
 * The writing half of a risk import: takes the checked rows chunk by chunk, as the worker thread
 * sends them, inside the import's one transaction. Existing risks are updated (or left alone when
 * nothing changed); new risks are inserted with multi-row statements together with their control
 * and asset links and their treatment actions, and each new risk gets one audit event that holds
 * its links.
 */
import type { OrgWriter } from "../../db/store.js";
import { compareIds } from "../../domain/ids.js";
import { inBatches, pacer } from "../../workers/pool.js";
import type { RiskView } from "./risk.repository.js";
import { loadRiskViews } from "./risk.repository.js";
import { syncRiskLinks } from "./risk.service.js";
import { AssetNames, insertActions, sameActions } from "./risk-import.assets.js";
import type { ImportError } from "./risk-import.columns.js";
import type { CheckedRow } from "./risk-import.tasks.js";

type RiskRow = Awaited<ReturnType<OrgWriter["list"]>>[number] & { key: string; version: number };

function sameRow(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.entries(next).every(([k, v]) => k === "acceptedAt" || (current[k] ?? null) === (v ?? null));
}

export class ImportWriter {
  imported = 0;
  updated = 0;
  unchanged = 0;
  private next = 0;

  private constructor(
    private readonly w: OrgWriter,
    private readonly existing: Map<string, RiskRow>,
    private readonly views: Map<string, RiskView>,
    readonly assets: AssetNames,
    private readonly createAssets: boolean,
  ) {
    // A loop, not Math.max(...keys): spreading 100,000+ keys overflows the call stack.
    for (const k of existing.keys()) this.next = Math.max(this.next, Number(/^R-(\d+)$/.exec(k)?.[1] ?? 0));
  }

  static async open(w: OrgWriter, views: readonly RiskView[], createAssets: boolean): Promise<ImportWriter> {
    const existing = new Map((await w.list("risks")).map((r) => [r.key, r as RiskRow]));
    return new ImportWriter(
      w,
      existing,
      new Map(views.map((v) => [v.key, v])),
      await AssetNames.load(w),
      createAssets,
    );
  }

  /** The current risks, as the checking thread compares rows with them. */
  static views(w: OrgWriter): Promise<RiskView[]> {
    return loadRiskViews(w);
  }

  /** Rows naming assets the inventory lacks, when the user does not want them created. */
  missingAssets(rows: readonly CheckedRow[], column: string): ImportError[] {
    return this.createAssets ? [] : this.assets.missing(rows, column);
  }

  /** Writes one chunk of checked rows. */
  async write(rows: readonly CheckedRow[]): Promise<void> {
    if (this.createAssets) await this.assets.addMissing(this.w, rows);
    else this.assets.resolve(rows);
    const fresh: { key: string; row: CheckedRow }[] = [];
    const pause = pacer();
    for (const row of rows) {
      await pause();
      const current = row.key ? this.existing.get(row.key) : undefined;
      if (!current) {
        fresh.push({ key: row.key ?? `R-${String(++this.next).padStart(3, "0")}`, row });
        continue;
      }
      const view = this.views.get(current.key);
      const linksSame =
        JSON.stringify(view?.controls ?? []) ===
          JSON.stringify([...row.prepared.controls].sort(compareIds)) &&
        JSON.stringify(view?.assets ?? []) === JSON.stringify([...row.prepared.assetKeys].sort()) &&
        sameActions(view, row.prepared);
      if (
        sameRow(current as unknown as Record<string, unknown>, row.prepared.row as Record<string, unknown>) &&
        linksSame
      ) {
        this.unchanged++;
        continue;
      }
      await this.w.update("risks", current.id, current.version, row.prepared.row);
      await syncRiskLinks(this.w, current.id, row.prepared, !sameActions(view, row.prepared));
      this.updated++;
    }
    await inBatches(fresh, (batch) => this.insertFresh(batch));
  }

  /** New risks with their links and actions; one event per risk that records its links. */
  private async insertFresh(batch: { key: string; row: CheckedRow }[]): Promise<void> {
    const w = this.w;
    const risks = await w.insertMany(
      "risks",
      batch.map(({ key, row }) => ({ ...row.prepared.row, key })),
      { events: "in-parent" },
    );
    const ids = risks.map((r) => r.id);
    await w.insertMany(
      "riskControls",
      batch.flatMap(({ row }, j) =>
        row.prepared.controls.map((controlId) => ({ riskId: ids[j] ?? "", controlId })),
      ),
      // The risks were inserted just above and the assets read from this organization's inventory.
      { events: "in-parent", parentsChecked: true },
    );
    await w.insertMany(
      "riskAssets",
      batch.flatMap(({ row }, j) =>
        row.prepared.assetKeys.map((key) => ({ riskId: ids[j] ?? "", assetId: this.assets.idOf(key) })),
      ),
      { events: "in-parent", parentsChecked: true },
    );
    await w.recordCreated(
      "risks",
      risks.map((row, j) => {
        const { controls, assetKeys } = batch[j]?.row.prepared ?? { controls: [], assetKeys: [] };
        return {
          row: row as unknown as Record<string, unknown>,
          links: {
            ...(controls.length ? { controls } : {}),
            ...(assetKeys.length ? { assets: assetKeys } : {}),
          },
        };
      }),
    );
    await insertActions(w, batch, ids);
    this.imported += risks.length;
  }
}
