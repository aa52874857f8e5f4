/**
 * Policies and procedures with a lifecycle (5.2, 7.5.2, 7.5.3; Annex A 5.1): drafted from a
 * template or from scratch, sent for review, commented on, approved by a named person who confirms
 * who they are, published with an effective date, reviewed on schedule and superseded by the next
 * version. The policy is a row of the document register, which readiness counts once it is
 * approved; on publication it also becomes evidence for the controls it serves.
 */
import type { OrgWriter } from "../../db/store.js";
import { conflict, invalid } from "../../domain/errors.js";
import { nextPolicyState, type PolicyAction, policyContentHash } from "../../domain/policy.js";
import { actorName, type OrgScope } from "../scope.js";
import { parseInput } from "../validation.js";
import { ZApproveInput, ZCommentInput, ZNewPolicy, ZNewVersion, ZVersionPatch } from "./policy.inputs.js";
import {
  type PolicyDocument,
  policyByKey,
  policyDetail,
  policySummaries,
  type VersionRow,
  versionOf,
  versionsOf,
  versionView,
} from "./policy.views.js";
import { getPolicyTemplate, type PolicyTemplate } from "./templates/index.js";

export const listPolicies = (scope: OrgScope) => policySummaries(scope.read, scope.today);

export async function getPolicy(scope: OrgScope, key: string) {
  return policyDetail(scope.read, await policyByKey(scope.read, key), scope.today);
}

/** Fills a template's placeholders with what the workspace knows; the rest stays for a person. */
function fillTemplate(template: PolicyTemplate, values: Record<string, string>): string {
  return template.body.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

export async function createPolicy(scope: OrgScope, input: unknown) {
  const parsed = parseInput(ZNewPolicy, input, "policy");
  const template = parsed.template ? getPolicyTemplate(parsed.template) : undefined;
  if (parsed.template && !template)
    throw invalid(`there is no policy template "${parsed.template}"`, [
      { path: "template", message: "unknown template" },
    ]);
  const org = await scope.db
    .selectFrom("organizations")
    .select("name")
    .where("id", "=", scope.orgId)
    .executeTakeFirstOrThrow();
  const [scopeRow] = await scope.read.list("scopes");
  const title = parsed.title ?? template?.title;
  if (!title)
    throw invalid("give the policy a title or choose a template", [{ path: "title", message: "required" }]);
  // The role named in the text unless a person is given, so the record and the text agree.
  const owner = parsed.owner ?? (template ? "Information Security Manager" : null);
  const content =
    parsed.content ??
    (template
      ? fillTemplate(template, {
          organization: org.name,
          scope: scopeRow?.statement.trim() || "as set out in the ISMS scope statement",
          owner: owner ?? "Information Security Manager",
          // Known only later, and kept with the version rather than in its text (which is fixed
          // when it goes for review): the approval block of every copy names both.
          approver: "as recorded at approval",
          effectiveDate: "from the date of publication",
        })
      : `# ${title}\n\n## Purpose\n\n## Scope\n\n## Policy\n`);
  const key = await scope.write(async (w) => {
    const doc = await w.insert("documents", {
      key: await w.nextKey("documents", "POL"),
      title,
      docType: parsed.docType ?? "policy",
      docVersion: null,
      owner,
      approvedBy: null,
      approvedOn: null,
      classification: "internal",
      reviewMonths: parsed.reviewMonths ?? template?.reviewMonths ?? 12,
      retention: null,
      location: null,
      // The top-level policy is the documented information of 5.2; a topic-specific one is
      // evidence for its controls, not a clause's mandatory document.
      clauseRefs: JSON.stringify(template?.kind === "top-level" ? ["5.2"] : []),
      controlRefs: JSON.stringify(template?.controls ?? []),
      templateKey: template?.key ?? null,
      nextReviewOn: null,
    });
    await w.insert("policyVersions", {
      ...blankVersion(doc.id, 1, title, content),
      changeSummary: "First version",
    });
    return doc.key;
  });
  return getPolicy(scope, key);
}

function blankVersion(documentId: string, number: number, title: string, content: string) {
  return {
    documentId,
    number,
    state: "draft",
    title,
    content,
    contentSha256: null,
    fileSha256: null,
    filename: null,
    mime: null,
    changeSummary: null,
    significant: 0 as const,
    submittedBy: null,
    submittedAt: null,
    approvedBy: null,
    approverRole: null,
    approverUserId: null,
    approvedAt: null,
    publishedBy: null,
    publishedAt: null,
    effectiveFrom: null,
    supersededAt: null,
    audience: null,
    ackVersionId: null,
  };
}

/** Runs one lifecycle step on version `number` of policy `key` and returns the version as it is then. */
export async function step(
  scope: OrgScope,
  key: string,
  number: number,
  action: PolicyAction,
  change: (
    w: OrgWriter,
    row: VersionRow,
    doc: PolicyDocument,
    state: string,
  ) => Promise<Partial<VersionRow> | undefined>,
) {
  return scope.write(async (w) => {
    const doc = await policyByKey(w, key);
    const row = await versionOf(w, doc, number);
    const state = nextPolicyState(row.state, action, `version ${number} of ${doc.key}`);
    const patch = await change(w, row, doc, state);
    const updated = patch ? await w.update("policyVersions", row.id, row.version, patch) : row;
    const comments = await w.list("policyComments", { versionId: row.id }, "createdAt");
    return versionView(updated, comments);
  });
}

export async function editDraft(scope: OrgScope, key: string, number: number, input: unknown) {
  const patch = parseInput(ZVersionPatch, input, "policy version");
  return step(scope, key, number, "edit", async () => ({
    ...(patch.title !== undefined && { title: patch.title }),
    ...(patch.content !== undefined && { content: patch.content }),
    ...(patch.changeSummary !== undefined && { changeSummary: patch.changeSummary }),
    ...(patch.significant !== undefined && { significant: patch.significant ? 1 : 0 }),
  }));
}

/** A new draft copied from the latest version; only one version may be on its way at a time. */
export async function newVersion(scope: OrgScope, key: string, input: unknown) {
  const parsed = parseInput(ZNewVersion, input, "new version");
  const number = await scope.write(async (w) => {
    const doc = await policyByKey(w, key);
    const versions = await versionsOf(w, doc);
    const open = versions.find((v) => ["draft", "in_review", "approved"].includes(v.state));
    if (open)
      throw conflict(
        `version ${open.number} of ${doc.key} is not published yet: finish or change that one first`,
      );
    const latest = versions.at(-1);
    const number = (latest?.number ?? 0) + 1;
    await w.insert("policyVersions", {
      ...blankVersion(doc.id, number, latest?.title ?? doc.title, latest?.content ?? ""),
      changeSummary: parsed.changeSummary ?? null,
      significant: parsed.significant ? 1 : 0,
    });
    return number;
  });
  return versionView(await versionOf(scope.read, await policyByKey(scope.read, key), number));
}

export async function commentOn(scope: OrgScope, key: string, number: number, input: unknown) {
  const parsed = parseInput(ZCommentInput, input, "comment");
  // Read before the transaction: on SQLite the one connection is the transaction's meanwhile.
  const author = await actorName(scope);
  return scope.write(async (w) => {
    const doc = await policyByKey(w, key);
    const row = await versionOf(w, doc, number);
    if (!["draft", "in_review"].includes(row.state))
      throw conflict(`version ${number} of ${doc.key} is ${row.state}: comments are for drafts and reviews`);
    const comment = await w.insert("policyComments", {
      versionId: row.id,
      author,
      section: parsed.section ?? null,
      quote: parsed.quote ?? null,
      body: parsed.body,
      resolved: 0,
    });
    return versionView(row, [comment]).comments[0] as NonNullable<
      ReturnType<typeof versionView>["comments"][number]
    >;
  });
}

export async function submitVersion(scope: OrgScope, key: string, number: number) {
  const by = await actorName(scope);
  return step(scope, key, number, "submit", async (_w, row, _doc, state) => {
    if (!row.content.trim()) throw invalid("the version has no content to review");
    return {
      state,
      contentSha256: policyContentHash(row.content),
      submittedBy: by,
      submittedAt: new Date().toISOString(),
    };
  });
}

export async function returnVersion(scope: OrgScope, key: string, number: number, reason?: string) {
  const author = await actorName(scope);
  return step(scope, key, number, "return", async (w, row, _doc, state) => {
    if (reason?.trim())
      await w.insert("policyComments", {
        versionId: row.id,
        author,
        section: null,
        quote: null,
        body: `Returned to draft: ${reason.trim()}`,
        resolved: 0,
      });
    return { state, contentSha256: null, submittedBy: null, submittedAt: null };
  });
}

/** Who approves: a person whose identity the interface has confirmed (password or code). */
export interface Approver {
  userId: string;
  name: string;
}

export async function approveVersion(
  scope: OrgScope,
  key: string,
  number: number,
  approver: Approver,
  input: unknown,
) {
  const parsed = parseInput(ZApproveInput, input, "approval");
  return step(scope, key, number, "approve", async (w, row, doc, state) => {
    if (row.contentSha256 !== policyContentHash(row.content))
      throw conflict(`the content of version ${number} of ${doc.key} changed after it was sent for review`);
    await w.record("policyVersions", row.id, "approve", {
      approvedBy: approver.name,
      role: parsed.role,
      sha256: row.contentSha256,
      ...(parsed.note && { note: parsed.note }),
    });
    return {
      state,
      approvedBy: approver.name,
      approverRole: parsed.role,
      approverUserId: approver.userId,
      approvedAt: new Date().toISOString(),
    };
  });
}
