/**
 * The policy shapes the pages use (aliases of the generated API types) and the words and colours
 * of a version's state.
 */
import type { PolicyPublication, PolicyState, PolicyVersion } from "../../api/types";

export type {
  PolicyAcknowledgements,
  PolicyAckPerson,
  PolicyComment,
  PolicyComparison,
  PolicyDetail,
  PolicyState,
  PolicySummary,
  PolicyTemplateInfo,
  PolicyVersion,
  PublicAck,
} from "../../api/types";

export const STATE_COLOURS: Record<PolicyState, string> = {
  draft: "gray",
  in_review: "blue",
  approved: "violet",
  published: "teal",
  superseded: "orange",
};

export type AudienceRole = NonNullable<PolicyPublication["audience"]["roles"]>[number];

/** The roles of the app, for choosing an audience by role (their words: label("role", …)). */
export const AUDIENCE_ROLES: readonly AudienceRole[] = ["owner", "admin", "editor", "auditor", "viewer"];

/** What a part of the policy page needs to act on one version. */
export interface VersionProps {
  slug: string;
  policyKey: string;
  version: PolicyVersion;
}
