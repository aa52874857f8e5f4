/**
 * The Statement of Applicability as a document, grouped by theme: an approved version (with its
 * approval block and the changes since the version before), or the current state, which is the
 * last approved version when nothing changed since and otherwise a draft marked as not approved.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { getControl, THEMES } from "../../catalog/index.js";
import type { Database } from "../../db/schema.js";
import { OrgReader } from "../../db/store.js";
import { notFound } from "../../domain/errors.js";
import {
  APPLICABILITY_CHOICES,
  applicability,
  count,
  isAre,
  label,
  labelsOf,
  listInWords,
} from "../../domain/labels.js";
import { type SnapshotEntry, snapshotOf } from "../../domain/soa-versions.js";
import { listEvidence } from "../../modules/evidence/evidence.service.js";
import { loadSoa } from "../../modules/soa/soa.service.js";
import type { Approval, Section } from "../document.js";
import type { DocumentContext } from "./context.js";
import { historySections, type VersionRow } from "./soa-history.js";

const THEME_TITLES: Record<string, string> = {
  organizational: "Organizational controls (A.5)",
  people: "People controls (A.6)",
  physical: "Physical controls (A.7)",
  technological: "Technological controls (A.8)",
};

export const DRAFT_MARK = "Draft — not approved";

export interface SoaDocument {
  sections: Section[];
  version: string;
  fileTag: string;
  approval?: Approval;
  draft?: string;
  lastApproval?: string;
  contentHash: string;
}

export async function soaSections(
  db: Kysely<Database>,
  ctx: DocumentContext,
  asked?: number,
): Promise<SoaDocument> {
  const reader = new OrgReader(db, ctx.orgId);
  const state = await loadSoa(reader);
  const versions: VersionRow[] = (await reader.list("soaVersions", {}, "number")).map((row) => ({
    ...row,
    snapshot: JSON.parse(row.snapshot) as SnapshotEntry[],
  }));
  if (asked !== undefined && !versions.some((v) => v.number === asked))
    throw notFound(`SoA version ${asked}`);
  // The current state is the last approved version when nothing changed since it.
  const shown =
    asked ?? (state.latestVersion !== null && !state.changedSinceLatest ? state.latestVersion : null);
  const row = versions.find((v) => v.number === shown);
  const entries: SnapshotEntry[] = row ? row.snapshot : snapshotOf(state.entries);
  const evidence = await listEvidence(db, ctx.orgId);
  const risksOf = new Map(state.entries.map((e) => [e.controlId, e.risks]));
  const sections: Section[] = THEMES.map((theme) => ({
    heading: THEME_TITLES[theme] ?? theme,
    table: {
      columns: [
        { key: "control", header: "Control", width: 8 },
        { key: "title", header: "Title", width: 20 },
        { key: "applicable", header: "Applicable", width: 9, choices: APPLICABILITY_CHOICES },
        { key: "reasons", header: "Reasons and justification", width: 30 },
        { key: "status", header: "Status", width: 14, choices: labelsOf("soaStatus") },
        { key: "notes", header: "Implementation notes", width: 26 },
        { key: "owner", header: "Owner", width: 12 },
        { key: "evidence", header: "Evidence", width: 12 },
        { key: "purpose", header: "Control purpose", width: 30 },
      ],
      rows: entries
        .filter((e) => getControl(e.controlId)?.theme === theme)
        .map((e) => {
          const control = getControl(e.controlId);
          const risks = risksOf.get(e.controlId) ?? [];
          const reasons = e.reasons.map((r) =>
            r === "risk" && risks.length ? `${label("reason", r)} (${risks.join(", ")})` : label("reason", r),
          );
          const why = [reasons.length ? `${listInWords(reasons)}.` : "", e.justification ?? ""]
            .filter(Boolean)
            .join(" ");
          return {
            control: `A.${e.controlId}`,
            title: control?.title ?? "",
            applicable: applicability(e.applicable),
            reasons: why,
            status: label("soaStatus", e.status),
            notes: e.notes ?? "",
            owner: e.owner ?? "",
            evidence: evidence
              .filter((x) => x.controls.includes(e.controlId))
              .map((x) => x.key)
              .join(", "),
            purpose: control?.guidance.purpose.split(/(?<=\.)\s/)[0] ?? "",
          };
        }),
    },
  }));
  const applicable = entries.filter((e) => e.applicable === true).length;
  const excluded = entries.filter((e) => e.applicable === false).length;
  const undecided = entries.length - applicable - excluded;
  const latest = versions.at(-1)?.number ?? null;
  sections.unshift(
    {
      heading: "Summary",
      paragraphs: [
        `This Statement of Applicability covers the ${entries.length} controls of ISO/IEC 27001:2022 Annex A (clause 6.1.3 d). ${count(applicable, "control")} ${isAre(applicable)} applicable, ${excluded} ${isAre(excluded)} excluded and ${undecided} ${isAre(undecided)} undecided.`,
        "For each control it states whether it applies, why (risk treatment, legal, contractual or business reasons), the justification of any exclusion, its implementation status, owner and evidence, with the control's purpose for reference.",
        row
          ? `This is version ${row.number}, approved by ${row.approvedBy}${row.approverRole ? ` (${row.approverRole})` : ""} on ${row.approvedAt.slice(0, 10)}.${latest !== null && latest > row.number ? ` A later version (${latest}) has since been approved.` : ""}`
          : `${DRAFT_MARK}: ${latest === null ? "no version has been approved yet" : `this is the current state, which differs from version ${latest}, the last approved`}.`,
      ],
    },
    ...historySections(versions, row ? row.number : null, entries).map((s) => ({ ...s, flow: true })),
  );
  const contentHash = createHash("sha256").update(JSON.stringify(entries)).digest("hex");
  const last = versions.at(-1);
  if (!row)
    return {
      sections,
      version: latest === null ? "Draft (never approved)" : `Draft (changes since version ${latest})`,
      fileTag: "draft",
      draft: DRAFT_MARK,
      ...(last && {
        lastApproval: `Version ${last.number}, approved by ${last.approvedBy}${last.approverRole ? ` (${last.approverRole})` : ""} on ${last.approvedAt.slice(0, 10)}`,
      }),
      contentHash,
    };
  return {
    sections,
    version: `Version ${row.number}`,
    fileTag: `v${row.number}`,
    approval: {
      version: `Version ${row.number}`,
      approvedBy: row.approvedBy,
      role: row.approverRole,
      date: row.approvedAt.slice(0, 10),
      recordedBy: row.recordedBy,
      note: row.note,
    },
    contentHash,
  };
}
