/**
 * Policy templates for an ISO/IEC 27001:2022 ISMS: the top-level information security policy and
 * the usual topic-specific policies, as pure data written in the project's own words. A draft is
 * made by filling in the placeholders; a person edits it from there.
 */
import { acceptableUsePolicy } from "./acceptable-use.js";
import { accessControlPolicy } from "./access-control.js";
import { assetManagementPolicy } from "./asset-management.js";
import { backupPolicy } from "./backup.js";
import { businessContinuityPolicy } from "./business-continuity.js";
import { cryptographyPolicy } from "./cryptography.js";
import { incidentManagementPolicy } from "./incident-management.js";
import { informationSecurityPolicy } from "./information-security-policy.js";
import { loggingMonitoringPolicy } from "./logging-monitoring.js";
import { remoteWorkingPolicy } from "./remote-working.js";
import { secureDevelopmentPolicy } from "./secure-development.js";
import { supplierSecurityPolicy } from "./supplier-security.js";
import type { PolicyTemplate } from "./types.js";

export { POLICY_PLACEHOLDERS, type PolicyPlaceholder, type PolicyTemplate } from "./types.js";

/** The top-level policy first, then the topic-specific ones. */
export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  informationSecurityPolicy,
  accessControlPolicy,
  acceptableUsePolicy,
  assetManagementPolicy,
  backupPolicy,
  cryptographyPolicy,
  supplierSecurityPolicy,
  incidentManagementPolicy,
  secureDevelopmentPolicy,
  remoteWorkingPolicy,
  loggingMonitoringPolicy,
  businessContinuityPolicy,
];

const templateByKey = new Map(POLICY_TEMPLATES.map((t) => [t.key, t]));

export function getPolicyTemplate(key: string): PolicyTemplate | undefined {
  return templateByKey.get(key);
}
