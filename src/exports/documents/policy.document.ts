/**
 * One version of a policy as a document (clauses 5.2 and 7.5): its approval block, effective date
 * and content hash, the content itself from its Markdown, the change history of every version up to
 * it and the policy's reviews. Unless a version is asked for, the one shown is the version in force
 * (the latest published), else the latest approved, else the latest draft, marked as not approved.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { OrgReader, type OrgRowOf } from "../../db/store.js";
import { DomainError, invalid } from "../../domain/errors.js";
import { count, label, listInWords, yesNo } from "../../domain/labels.js";
import type { Approval, Section } from "../document.js";
import type { DocumentContext } from "./context.js";
import { markdownSections } from "./policy-markdown.js";

/** Which policy a policy report presents: its key (documents.key) and, optionally, a version number. */
export interface PolicyChoice {
  policy?: string;
  policyVersion?: number;
}

export type PolicyVersion = OrgRowOf<"policyVersions">;

export interface PolicyRecord {
  document: OrgRowOf<"documents">;
  versions: PolicyVersion[];
}

/** What a policy report's builder gives the export service. */
export interface PolicyDocument {
  title: string;
  sections: Section[];
  version: string;
  fileTag: string;
  approval?: Approval;
  draft?: string;
  contentHash?: string;
}

export const NOT_APPROVED = "Draft — not approved";

const APPROVED_STATES = new Set(["approved", "published", "superseded"]);

export const day = (iso: string | null | undefined) => iso?.slice(0, 10) ?? "";

/** The policy named by its key, with its versions in order; a clear error when there is none. */
export async function loadPolicy(reader: OrgReader, key: string | undefined): Promise<PolicyRecord> {
  const wanted = key?.trim();
  if (!wanted) throw invalid("name the policy to export by its key, e.g. POL-001");
  // Keys are stored in capitals ("POL-001"); "pol-001" names the same policy.
  const [document] = await reader.list("documents", { key: wanted.toUpperCase() });
  if (!document) throw new DomainError("NOT_FOUND", `policy ${wanted} does not exist`);
  const versions = await reader.list("policyVersions", { documentId: document.id }, "number");
  if (!versions.length)
    throw invalid(`policy ${document.key} has no written version yet, so there is nothing to export`);
  return { document, versions };
}

/** Version `asked` of the policy; a clear error when it has no such version. */
export function versionNumbered(record: PolicyRecord, asked: number): PolicyVersion {
  const found = record.versions.find((v) => v.number === asked);
  const last = record.versions.at(-1)?.number ?? 1;
  if (!found)
    throw new DomainError(
      "NOT_FOUND",
      `policy ${record.document.key} has no version ${asked}; ${last === 1 ? "its only version is 1" : `its versions are 1 to ${last}`}`,
    );
  return found;
}

export const isApproved = (v: PolicyVersion) =>
  APPROVED_STATES.has(v.state) && !!v.approvedAt && !!v.approvedBy;

/** The SHA-256 of a version's content: the one fixed when it was sent for review, else computed now. */
export const contentHashOf = (v: PolicyVersion) =>
  v.contentSha256 ?? createHash("sha256").update(v.content).digest("hex");

export function approvalOf(v: PolicyVersion): Approval | undefined {
  if (!isApproved(v) || !v.approvedBy) return undefined;
  return {
    version: `Version ${v.number}`,
    approvedBy: v.approvedBy,
    role: v.approverRole,
    date: day(v.approvedAt),
  };
}

function chosenVersion(record: PolicyRecord, asked: number | undefined): PolicyVersion {
  if (asked !== undefined) return versionNumbered(record, asked);
  const latest = (state: string) => record.versions.filter((v) => v.state === state).at(-1);
  return latest("published") ?? latest("approved") ?? (record.versions.at(-1) as PolicyVersion);
}

const refsOf = (json: string | null): string[] => {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
};

/** Where the version stands, in one sentence, when it is not simply the policy in force. */
function standing(v: PolicyVersion, record: PolicyRecord): string | undefined {
  const state = label("policyState", v.state).toLowerCase();
  if (!isApproved(v))
    return `${NOT_APPROVED}: version ${v.number} is ${state === "draft" ? "a draft" : state} and is not the policy in force.`;
  const later = record.versions.filter((x) => x.number > v.number && x.state === "published").at(-1);
  if (v.state === "superseded")
    return `Version ${v.number} was superseded${v.supersededAt ? ` on ${day(v.supersededAt)}` : ""}${later ? `; version ${later.number} is the policy in force` : ""}.`;
  if (v.state === "approved") return `Version ${v.number} is approved but not yet published.`;
  return undefined;
}

function aboutSection(record: PolicyRecord, v: PolicyVersion, ctx: DocumentContext): Section {
  const doc = record.document;
  const clauses = refsOf(doc.clauseRefs);
  const controls = refsOf(doc.controlRefs);
  const rows: [string, string][] = [
    ["Policy", `${doc.key} — ${v.title}`],
    ["Organization", ctx.organization],
    ["Version", `Version ${v.number} (${label("policyState", v.state)})`],
    [
      "Approved by",
      isApproved(v)
        ? `${v.approvedBy}${v.approverRole ? `, ${v.approverRole},` : ""} on ${day(v.approvedAt)}`
        : "Not approved",
    ],
    ...(v.publishedAt
      ? ([["Published", `${day(v.publishedAt)}${v.publishedBy ? ` by ${v.publishedBy}` : ""}`]] as [
          string,
          string,
        ][])
      : []),
    ["Effective from", v.effectiveFrom ?? "Not set"],
    ["Content SHA-256", contentHashOf(v)],
    ...(v.changeSummary ? ([["Changes in this version", v.changeSummary]] as [string, string][]) : []),
    ...(doc.owner ? ([["Owner", doc.owner]] as [string, string][]) : []),
    ...(doc.reviewMonths || doc.nextReviewOn
      ? ([
          [
            "Review",
            [
              doc.reviewMonths ? `every ${count(doc.reviewMonths, "month")}` : "",
              doc.nextReviewOn ? `next due ${doc.nextReviewOn}` : "",
            ]
              .filter(Boolean)
              .join("; ")
              .replace(/^./, (c) => c.toUpperCase()),
          ],
        ] as [string, string][])
      : []),
    ...(clauses.length ? ([["Clauses", listInWords(clauses)]] as [string, string][]) : []),
    ...(controls.length
      ? ([["Annex A controls", listInWords(controls.map((c) => (c.startsWith("A.") ? c : `A.${c}`)))]] as [
          string,
          string,
        ][])
      : []),
  ];
  const note = standing(v, record);
  return {
    heading: "About this policy",
    notInCsv: true,
    ...(note && { paragraphs: [note] }),
    table: {
      columns: [
        { key: "item", header: "Particular", width: 14 },
        { key: "detail", header: "Detail", width: 50 },
      ],
      rows: rows.map(([item, detail]) => ({ item, detail })),
    },
  };
}

/** Every version up to the one shown, newest first. */
function changeHistory(record: PolicyRecord, shown: PolicyVersion): Section {
  const listed = record.versions.filter((v) => v.number <= shown.number).reverse();
  return {
    heading: "Change history",
    flow: true,
    paragraphs: [
      `${count(listed.length, "version")} of this policy up to version ${shown.number}, newest first.`,
    ],
    table: {
      columns: [
        { key: "version", header: "Version", width: 7 },
        { key: "state", header: "State", width: 9 },
        { key: "approved", header: "Approved on", width: 10 },
        { key: "published", header: "Published on", width: 10 },
        { key: "approver", header: "Approver", width: 14 },
        { key: "role", header: "Role", width: 10 },
        { key: "summary", header: "Change summary", width: 30 },
        { key: "significant", header: "Significant", width: 8 },
        { key: "sha", header: "SHA-256 (start)", width: 12 },
      ],
      rows: listed.map((v) => ({
        version: `Version ${v.number}`,
        state: label("policyState", v.state),
        approved: isApproved(v) ? day(v.approvedAt) : "",
        published: day(v.publishedAt),
        approver: isApproved(v) ? (v.approvedBy ?? "") : "",
        role: isApproved(v) ? (v.approverRole ?? "") : "",
        summary: v.changeSummary ?? "",
        significant: yesNo(v.significant === 1),
        sha: `${contentHashOf(v).slice(0, 12)}…`,
      })),
    },
  };
}

async function reviewHistory(
  reader: OrgReader,
  record: PolicyRecord,
  shown: PolicyVersion,
): Promise<Section[]> {
  const numberOf = new Map(record.versions.map((v) => [v.id, v.number]));
  const reviews = (
    await reader.list("policyReviews", { documentId: record.document.id }, "reviewedOn")
  ).filter((r) => r.versionId === null || (numberOf.get(r.versionId) ?? 0) <= shown.number);
  if (!reviews.length) return [];
  return [
    {
      heading: "Review history",
      flow: true,
      paragraphs: [`${count(reviews.length, "scheduled review")} of this policy.`],
      table: {
        columns: [
          { key: "on", header: "Reviewed on", width: 10 },
          { key: "by", header: "Reviewed by", width: 14 },
          { key: "reviewed", header: "Version reviewed", width: 9 },
          { key: "outcome", header: "Outcome", width: 10 },
          { key: "note", header: "Note", width: 36 },
        ],
        rows: reviews.map((r) => ({
          on: r.reviewedOn,
          by: r.reviewedBy,
          reviewed: r.versionId && numberOf.has(r.versionId) ? `Version ${numberOf.get(r.versionId)}` : "",
          outcome: label("reviewOutcome", r.outcome),
          note: r.note ?? "",
        })),
      },
    },
  ];
}

/** The `policy` report: one version of one policy. */
export async function policySections(
  db: Kysely<Database>,
  ctx: DocumentContext,
  choice: PolicyChoice,
): Promise<PolicyDocument> {
  const reader = new OrgReader(db, ctx.orgId);
  const record = await loadPolicy(reader, choice.policy);
  const v = chosenVersion(record, choice.policyVersion);
  const approval = approvalOf(v);
  const sections: Section[] = [
    aboutSection(record, v, ctx),
    ...markdownSections(v.content, v.title),
    changeHistory(record, v),
    ...(await reviewHistory(reader, record, v)),
  ];
  const tag = `${record.document.key}-v${v.number}`;
  return {
    title: v.title || record.document.title,
    sections,
    version: approval ? `Version ${v.number}` : `Version ${v.number} (${label("policyState", v.state)})`,
    fileTag: approval ? tag : `${tag}-draft`,
    ...(approval ? { approval } : { draft: NOT_APPROVED }),
    contentHash: contentHashOf(v),
  };
}
