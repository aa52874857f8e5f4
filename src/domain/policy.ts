/**
 * The lifecycle of a policy or procedure (ISO/IEC 27001:2022 5.2, 7.5.2, 7.5.3; Annex A 5.1):
 * written as a draft, reviewed, approved by a named person, published with an effective date,
 * and superseded by its next version. Every version keeps the SHA-256 of the exact content that
 * was reviewed, approved and acknowledged.
 */
import { createHash } from "node:crypto";
import { DomainError } from "./errors.js";

export const POLICY_STATES = ["draft", "in_review", "approved", "published", "superseded"] as const;
export type PolicyState = (typeof POLICY_STATES)[number];

export const POLICY_ACTIONS = ["edit", "submit", "return", "approve", "publish", "supersede"] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

/** From which state each action may be taken, and the state it leads to. */
const TRANSITIONS: Record<PolicyAction, { from: readonly PolicyState[]; to: PolicyState }> = {
  edit: { from: ["draft"], to: "draft" },
  submit: { from: ["draft"], to: "in_review" },
  return: { from: ["in_review"], to: "draft" },
  approve: { from: ["in_review"], to: "approved" },
  publish: { from: ["approved"], to: "published" },
  supersede: { from: ["published"], to: "superseded" },
};

const WORDS: Record<PolicyAction, string> = {
  edit: "changed",
  submit: "sent for review",
  return: "returned to draft",
  approve: "approved",
  publish: "published",
  supersede: "superseded",
};

const STATE_WORDS: Record<PolicyState, string> = {
  draft: "a draft",
  in_review: "in review",
  approved: "approved",
  published: "published",
  superseded: "superseded",
};

/**
 * The state after `action`, or an IMMUTABLE error saying why the version cannot be changed so:
 * only a draft changes; what was sent for review, approved or published stays as it was.
 */
export function nextPolicyState(state: string, action: PolicyAction, label: string): PolicyState {
  const rule = TRANSITIONS[action];
  if (!(rule.from as readonly string[]).includes(state)) {
    const now = STATE_WORDS[state as PolicyState] ?? state;
    const needs = rule.from.map((s) => STATE_WORDS[s]).join(" or ");
    throw new DomainError(
      "IMMUTABLE",
      `${label} is ${now}: only ${needs} can be ${WORDS[action]}${action === "edit" ? "; start a new version to change it" : ""}`,
    );
  }
  return rule.to;
}

/** SHA-256 (hex) of a version's content, as reviewed, approved and acknowledged. */
export function policyContentHash(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}

/** Whether a published policy is due for its review on `today` (7.5.2: reviewed at planned intervals). */
export function policyNeedsReview(nextReviewOn: string | null, published: boolean, today: string): boolean {
  return published && nextReviewOn !== null && nextReviewOn <= today;
}

/** Who is asked to acknowledge a version. */
export interface PolicyAudience {
  everyone: boolean;
  roles: string[];
  people: { name: string; email: string }[];
}
