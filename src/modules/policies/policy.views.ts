/**
 * Reading policies: one policy with its versions, comments and reviews, and the register's list
 * with each policy's state, approval, next review and acknowledgement counts.
 */
import type { OrgReader, OrgRowOf } from "../../db/store.js";
import { notFound } from "../../domain/errors.js";
import { type PolicyAudience, type PolicyState, policyNeedsReview } from "../../domain/policy.js";

export type PolicyDocument = OrgRowOf<"documents">;
export type VersionRow = OrgRowOf<"policyVersions">;

export interface CommentView {
  id: string;
  author: string;
  section: string | null;
  quote: string | null;
  body: string;
  createdAt: string;
  resolved: boolean;
}

export interface VersionView {
  number: number;
  state: PolicyState;
  title: string;
  content: string;
  contentSha256: string | null;
  filename: string | null;
  changeSummary: string | null;
  significant: boolean;
  submittedBy: string | null;
  submittedAt: string | null;
  approvedBy: string | null;
  approverRole: string | null;
  approvedAt: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  effectiveFrom: string | null;
  supersededAt: string | null;
  audience: PolicyAudience | null;
  comments: CommentView[];
}

export interface ReviewView {
  reviewedBy: string;
  reviewedOn: string;
  outcome: string;
  note: string | null;
}

export interface PolicyDetail {
  key: string;
  title: string;
  docType: string;
  owner: string | null;
  reviewMonths: number | null;
  clauseRefs: string[];
  controlRefs: string[];
  templateKey: string | null;
  nextReviewOn: string | null;
  needsReview: boolean;
  versions: VersionView[];
  reviews: ReviewView[];
}

export interface PolicySummary {
  key: string;
  title: string;
  docType: string;
  owner: string | null;
  state: PolicyState;
  version: number | null;
  approvedBy: string | null;
  effectiveFrom: string | null;
  nextReviewOn: string | null;
  needsReview: boolean;
  acknowledged: number;
  pending: number;
  templateKey: string | null;
}

export const POLICY_TYPES = ["policy", "procedure"] as const;

const json = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);

/** The policy `key`: a document of the register with at least one version. */
export async function policyByKey(read: OrgReader, key: string): Promise<PolicyDocument> {
  const [doc] = await read.list("documents", { key });
  if (!doc || !(POLICY_TYPES as readonly string[]).includes(doc.docType)) throw notFound(`policy ${key}`);
  return doc;
}

export async function versionsOf(read: OrgReader, doc: PolicyDocument): Promise<VersionRow[]> {
  return read.list("policyVersions", { documentId: doc.id }, "number");
}

export async function versionOf(read: OrgReader, doc: PolicyDocument, number: number): Promise<VersionRow> {
  const [row] = await read.list("policyVersions", { documentId: doc.id, number });
  if (!row) throw notFound(`version ${number} of policy ${doc.key}`);
  return row;
}

/** The version in force: the published one, if any. */
export const publishedOf = (versions: readonly VersionRow[]) => versions.find((v) => v.state === "published");

export function versionView(
  row: VersionRow,
  comments: readonly OrgRowOf<"policyComments">[] = [],
): VersionView {
  return {
    number: row.number,
    state: row.state as PolicyState,
    title: row.title,
    content: row.content,
    contentSha256: row.contentSha256,
    filename: row.filename,
    changeSummary: row.changeSummary,
    significant: row.significant === 1,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt,
    approvedBy: row.approvedBy,
    approverRole: row.approverRole,
    approvedAt: row.approvedAt,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt,
    effectiveFrom: row.effectiveFrom,
    supersededAt: row.supersededAt,
    audience: json<PolicyAudience | null>(row.audience, null),
    comments: comments
      .filter((c) => c.versionId === row.id)
      .map((c) => ({
        id: c.id,
        author: c.author,
        section: c.section,
        quote: c.quote,
        body: c.body,
        createdAt: c.createdAt,
        resolved: c.resolved === 1,
      })),
  };
}

export async function policyDetail(
  read: OrgReader,
  doc: PolicyDocument,
  today: string,
): Promise<PolicyDetail> {
  const versions = await versionsOf(read, doc);
  const comments = await read.listIn(
    "policyComments",
    "versionId",
    versions.map((v) => v.id),
  );
  comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const reviews = await read.list("policyReviews", { documentId: doc.id }, "reviewedOn");
  return {
    key: doc.key,
    title: doc.title,
    docType: doc.docType,
    owner: doc.owner,
    reviewMonths: doc.reviewMonths,
    clauseRefs: json<string[]>(doc.clauseRefs, []),
    controlRefs: json<string[]>(doc.controlRefs, []),
    templateKey: doc.templateKey,
    nextReviewOn: doc.nextReviewOn,
    needsReview: policyNeedsReview(doc.nextReviewOn, !!publishedOf(versions), today),
    versions: versions.map((v) => versionView(v, comments)),
    reviews: reviews.map((r) => ({
      reviewedBy: r.reviewedBy,
      reviewedOn: r.reviewedOn,
      outcome: r.outcome,
      note: r.note,
    })),
  };
}

/** The register of policies and procedures with their lifecycle state. */
export async function policySummaries(read: OrgReader, today: string): Promise<PolicySummary[]> {
  const docs = (await read.list("documents", {}, "key")).filter((d) =>
    (POLICY_TYPES as readonly string[]).includes(d.docType),
  );
  const versions = await read.listIn(
    "policyVersions",
    "documentId",
    docs.map((d) => d.id),
  );
  const acks = await read.listIn("policyAcks", "versionId", [
    ...new Set(versions.map((v) => v.ackVersionId).filter((id): id is string => !!id)),
  ]);
  return docs.flatMap((doc) => {
    const own = versions.filter((v) => v.documentId === doc.id).sort((a, b) => a.number - b.number);
    const latest = own.at(-1);
    if (!latest) return [];
    const current = publishedOf(own);
    const asked = current?.ackVersionId ? acks.filter((a) => a.versionId === current.ackVersionId) : [];
    const acknowledged = asked.filter((a) => a.acknowledgedAt).length;
    return [
      {
        key: doc.key,
        title: doc.title,
        docType: doc.docType,
        owner: doc.owner,
        state: latest.state as PolicyState,
        version: latest.number,
        approvedBy: current?.approvedBy ?? null,
        effectiveFrom: current?.effectiveFrom ?? null,
        nextReviewOn: doc.nextReviewOn,
        needsReview: policyNeedsReview(doc.nextReviewOn, !!current, today),
        acknowledged,
        pending: asked.length - acknowledged,
        templateKey: doc.templateKey,
      },
    ];
  });
}
