/** A policy template: pure data, written in the project's own words, for a person to edit. */
export interface PolicyTemplate {
  /** Stable key, e.g. "access-control". */
  key: string;
  title: string;
  kind: "top-level" | "topic-specific";
  /** Annex A (ISO/IEC 27001:2022) control ids the policy serves. */
  controls: string[];
  /** Clause ids of ISO/IEC 27001:2022 the policy serves (the top-level policy serves 5.2). */
  clauses: string[];
  /** Usual review interval in months. */
  reviewMonths: number;
  /** One sentence: what the policy is for. */
  summary: string;
  /**
   * Markdown with "## " headings. Placeholders, filled when a draft is made:
   * {{organization}}, {{scope}}, {{owner}}, {{approver}}, {{effectiveDate}}.
   */
  body: string;
}

/** The placeholders a template body may contain. */
export const POLICY_PLACEHOLDERS = ["organization", "scope", "owner", "approver", "effectiveDate"] as const;
export type PolicyPlaceholder = (typeof POLICY_PLACEHOLDERS)[number];
