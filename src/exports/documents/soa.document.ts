/** The Statement of Applicability as a document: an approved version or the current state, grouped by theme. */
import type { Kysely } from "kysely";
import { getControl, THEMES } from "../../catalog/index.js";
import type { Database } from "../../db/schema.js";
import { OrgReader } from "../../db/store.js";
import { notFound } from "../../domain/errors.js";
import type { SnapshotEntry } from "../../domain/soa-versions.js";
import { listEvidence } from "../../modules/evidence/evidence.service.js";
import { loadSoa } from "../../modules/soa/soa.service.js";
import type { Section } from "../document.js";
import type { DocumentContext } from "./context.js";

const THEME_TITLES: Record<string, string> = {
  organizational: "Organizational controls (A.5)",
  people: "People controls (A.6)",
  physical: "Physical controls (A.7)",
  technological: "Technological controls (A.8)",
};
const yesNo = (v: boolean | null) => (v === null ? "Undecided" : v ? "Yes" : "No");

export async function soaSections(
  db: Kysely<Database>,
  ctx: DocumentContext,
  version?: number,
): Promise<{ sections: Section[]; version: string; approval?: string }> {
  const reader = new OrgReader(db, ctx.orgId);
  const state = await loadSoa(reader);
  let entries: SnapshotEntry[] = state.entries;
  let label = state.latestVersion
    ? `current state (last approved v${state.latestVersion}${state.changedSinceLatest ? ", changed since" : ""})`
    : "current state (not approved)";
  let approval: string | undefined;
  if (version !== undefined) {
    const [row] = await reader.list("soaVersions", { number: version });
    if (!row) throw notFound(`SoA version ${version}`);
    entries = JSON.parse(row.snapshot) as SnapshotEntry[];
    label = `SoA v${version}`;
    approval = `approved by ${row.approvedBy} on ${row.approvedAt.slice(0, 10)}`;
  }
  const evidence = await listEvidence(db, ctx.orgId);
  const risksOf = new Map(state.entries.map((e) => [e.controlId, e.risks]));
  const sections: Section[] = THEMES.map((theme) => ({
    heading: THEME_TITLES[theme] ?? theme,
    table: {
      columns: [
        { key: "control", header: "Control", width: 8 },
        { key: "title", header: "Title", width: 20 },
        { key: "applicable", header: "Applicable", width: 9, choices: ["Yes", "No", "Undecided"] },
        { key: "reasons", header: "Reasons and justification", width: 30 },
        {
          key: "status",
          header: "Status",
          width: 14,
          choices: ["not_started", "planned", "partial", "implemented", "not_applicable"],
        },
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
          const why = [
            e.reasons.length
              ? `Reasons: ${e.reasons.join(", ")}${risks.length ? ` (${risks.join(", ")})` : ""}.`
              : "",
            e.justification ?? "",
          ]
            .filter(Boolean)
            .join(" ");
          return {
            control: `A.${e.controlId}`,
            title: control?.title ?? "",
            applicable: yesNo(e.applicable),
            reasons: why,
            status: e.status,
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
  const decided = entries.filter((e) => e.applicable !== null);
  sections.unshift({
    heading: "Summary",
    paragraphs: [
      `This Statement of Applicability covers the 93 controls of ISO/IEC 27001:2022 Annex A (clause 6.1.3 d). ${decided.filter((e) => e.applicable).length} are applicable, ${decided.filter((e) => !e.applicable).length} are excluded and ${entries.length - decided.length} are undecided.`,
      "For each control it states whether it applies, why (risk treatment, legal, contractual or business reasons), the justification of any exclusion, its implementation status, owner and evidence, with the control's purpose for reference.",
    ],
  });
  return { sections, version: label, ...(approval && { approval }) };
}
