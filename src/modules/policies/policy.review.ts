/**
 * Scheduled reviews of a published policy (7.5.2: documented information kept suitable), and the
 * evidence record that shows the policy on the controls it serves, current until its next review.
 */
import type { OrgWriter } from "../../db/store.js";
import { conflict } from "../../domain/errors.js";
import { addMonths } from "../../imports/dates.js";
import { actorName, type OrgScope } from "../scope.js";
import { parseInput } from "../validation.js";
import { ZReviewInput } from "./policy.inputs.js";
import { getPolicy } from "./policy.service.js";
import {
  type PolicyDocument,
  policyByKey,
  publishedOf,
  type VersionRow,
  versionsOf,
} from "./policy.views.js";

/** A scheduled review that changed nothing is recorded, and the next one planned (7.5.2). */
export async function reviewPolicy(scope: OrgScope, key: string, input: unknown) {
  const parsed = parseInput(ZReviewInput, input, "review");
  const by = await actorName(scope);
  await scope.write(async (w) => {
    const doc = await policyByKey(w, key);
    const current = publishedOf(await versionsOf(w, doc));
    if (!current) throw conflict(`${doc.key} has no published version to review yet`);
    await w.insert("policyReviews", {
      documentId: doc.id,
      versionId: current.id,
      reviewedBy: by,
      reviewedOn: scope.today,
      outcome: "unchanged",
      note: parsed.note ?? null,
    });
    const nextReviewOn = addMonths(scope.today, doc.reviewMonths ?? 12);
    await w.update("documents", doc.id, doc.version, { nextReviewOn });
    await refreshEvidence(w, doc, current, nextReviewOn);
  });
  return getPolicy(scope, key);
}

/**
 * The evidence record that shows the published policy on the controls it serves (Annex A 5.1 for
 * the top-level policy), current until its next review.
 */
export async function refreshEvidence(
  w: OrgWriter,
  doc: PolicyDocument,
  version: VersionRow,
  reviewDueOn: string,
) {
  const key = `EV-${doc.key}`;
  const fields = {
    title: `${doc.title}, version ${version.number} (published)`,
    description: `Approved by ${version.approvedBy}${version.approverRole ? ` (${version.approverRole})` : ""}; SHA-256 ${version.contentSha256}`,
    kind: "policy",
    url: `policies/${doc.key}`,
    collectedOn: version.approvedAt?.slice(0, 10) ?? null,
    effectiveFrom: version.effectiveFrom,
    reviewDueOn,
    owner: doc.owner,
  };
  const [existing] = await w.list("evidence", { key });
  const evidence = existing
    ? await w.update("evidence", existing.id, existing.version, fields)
    : await w.insert("evidence", {
        key,
        ...fields,
        sha256: null,
        size: null,
        mime: null,
        filename: null,
        effectiveTo: null,
      });
  const linked = new Set((await w.list("evidenceLinks", { evidenceId: evidence.id })).map((l) => l.targetId));
  for (const control of JSON.parse(doc.controlRefs ?? "[]") as string[])
    if (!linked.has(control))
      await w.insert("evidenceLinks", { evidenceId: evidence.id, targetType: "control", targetId: control });
}
