/**
 * The SoA's change history for its document: the approved versions up to the one presented, and
 * control by control what changed since the version before it (or, for a draft, since the last
 * approval), in people's words.
 */
import { getControl } from "../../catalog/index.js";
import { applicability, count, label } from "../../domain/labels.js";
import { diffSnapshots, type SnapshotEntry } from "../../domain/soa-versions.js";
import type { Section } from "../document.js";

export interface VersionRow {
  number: number;
  approvedBy: string;
  approverRole: string | null;
  recordedBy: string | null;
  approvedAt: string;
  note: string | null;
  snapshot: SnapshotEntry[];
}

const FIELD_WORDS: Record<string, string> = {
  applicable: "Applicable",
  reasons: "Reasons",
  justification: "Justification",
  status: "Status",
  owner: "Owner",
  notes: "Implementation notes",
};

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

function inWords(field: string, value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return "(none)";
  if (field === "applicable") return applicability(value as boolean | null);
  if (field === "status") return label("soaStatus", String(value));
  if (field === "reasons") return (value as string[]).map((r) => label("reason", r)).join(", ");
  return `"${short(String(value))}"`;
}

/**
 * History sections for the version `shown` (a number) or for the current state (`shown` null,
 * with its snapshot in `current`).
 */
export function historySections(
  versions: readonly VersionRow[],
  shown: number | null,
  current: SnapshotEntry[],
): Section[] {
  const listed = versions.filter((v) => shown === null || v.number <= shown);
  const table: Section = {
    heading: "Approval history",
    notInCsv: true,
    paragraphs: listed.length
      ? [
          `${count(listed.length, "approved version")} of this Statement of Applicability${shown === null ? "" : ` up to version ${shown}`}.`,
        ]
      : ["This Statement of Applicability has not been approved yet."],
    ...(listed.length && {
      table: {
        columns: [
          { key: "version", header: "Version", width: 8 },
          { key: "date", header: "Date of approval", width: 10 },
          { key: "by", header: "Approver", width: 16 },
          { key: "role", header: "Role", width: 12 },
          { key: "note", header: "Note", width: 40 },
        ],
        rows: [...listed].reverse().map((v) => ({
          version: `Version ${v.number}`,
          date: v.approvedAt.slice(0, 10),
          by: v.approvedBy,
          role: v.approverRole ?? "",
          note: v.note ?? "",
        })),
      },
    }),
  };
  const previous = shown === null ? versions.at(-1) : versions.filter((v) => v.number < shown).at(-1);
  const after = shown === null ? current : (versions.find((v) => v.number === shown)?.snapshot ?? []);
  const sheet = previous
    ? shown === null
      ? `Changes since v${previous.number}`
      : `Changes v${previous.number} to v${shown}`
    : "Changes";
  const heading = previous
    ? shown === null
      ? `Changes since version ${previous.number} (not yet approved)`
      : `Changes from version ${previous.number} to version ${shown}`
    : "Changes";
  if (!previous)
    return [
      table,
      {
        heading,
        level: 2,
        flow: true,
        notInCsv: true,
        paragraphs: [
          shown === null
            ? "No version has been approved, so every decision below is new."
            : "This is the first approved version; there is no earlier version to compare with.",
        ],
      },
    ];
  const diffs = diffSnapshots(previous.snapshot, after);
  return [
    table,
    {
      heading,
      sheet,
      level: 2,
      flow: true,
      notInCsv: true,
      paragraphs: [diffs.length ? `${count(diffs.length, "control")} changed.` : "No control changed."],
      ...(diffs.length && {
        table: {
          columns: [
            { key: "control", header: "Control", width: 7 },
            { key: "title", header: "Title", width: 20 },
            { key: "change", header: "What changed", width: 60 },
          ],
          rows: diffs.map((d) => ({
            control: `A.${d.controlId}`,
            title: getControl(d.controlId)?.title ?? "",
            change: d.changes
              .map(
                (c) =>
                  `${FIELD_WORDS[c.field] ?? c.field}: from ${inWords(c.field, c.from)} to ${inWords(c.field, c.to)}`,
              )
              .join("\n"),
          })),
        },
      }),
    },
  ];
}
