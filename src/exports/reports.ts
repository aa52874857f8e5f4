/** The reports the product exports, and their titles. */

export const REPORTS = [
  "soa",
  "risks",
  "rtp",
  "methodology",
  "assets",
  "audit",
  "review",
  "readiness",
  "suppliers",
  "incidents",
  "requirements",
  "coverage",
  "policy",
  "policy-acks",
] as const;
export type Report = (typeof REPORTS)[number];
/** Reports of one policy, named by its key; the others cover the whole organization. */
export const POLICY_REPORTS: readonly Report[] = ["policy", "policy-acks"];
/** The reports that need nothing but the organization (the Reports page, the tests of every report). */
export const ORGANIZATION_REPORTS = REPORTS.filter(
  (r): r is Exclude<Report, (typeof POLICY_REPORTS)[number]> =>
    !(POLICY_REPORTS as readonly string[]).includes(r),
);

export const TITLES: Record<Report, string> = {
  soa: "Statement of Applicability",
  risks: "Risk register",
  rtp: "Risk treatment plan",
  methodology: "Information security risk assessment methodology",
  assets: "Asset inventory",
  audit: "Internal audit report",
  review: "Management review minutes",
  readiness: "Certification readiness report",
  suppliers: "Supplier register",
  incidents: "Incident log",
  requirements: "Legal and contractual requirements",
  coverage: "Coverage of another framework",
  policy: "Policy",
  "policy-acks": "Policy acknowledgements",
};
