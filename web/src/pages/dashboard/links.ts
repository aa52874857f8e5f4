/** Where in the app each readiness blocker is fixed: the page of its action, or of its clause. */
import type { Blocker } from "../../api/types";

export interface FixLink {
  path: string;
  label: string;
}

const byClause: [prefix: string, link: FixLink][] = [
  ["4", { path: "context", label: "Context and scope" }],
  ["5.1", { path: "documents", label: "Documents" }],
  ["5.2", { path: "documents", label: "Documents" }],
  ["6.1.3", { path: "soa", label: "Statement of Applicability" }],
  ["6.1", { path: "risks", label: "Risk register" }],
  ["6.2", { path: "objectives", label: "Objectives" }],
  ["7.1", { path: "reviews", label: "Management reviews" }],
  ["7.5", { path: "documents", label: "Documents" }],
  ["8.1", { path: "treatment", label: "Treatment plan" }],
  ["8.3", { path: "treatment", label: "Treatment plan" }],
  ["9.1", { path: "objectives", label: "Objectives" }],
  ["9.2", { path: "audits", label: "Internal audits" }],
  ["9.3", { path: "reviews", label: "Management reviews" }],
  ["10.2", { path: "nonconformities", label: "Nonconformities" }],
];

const within = (id: string, prefix: string) => id === prefix || id.startsWith(`${prefix}.`);

/** Pages that do an action wherever the blocker sits (the rest follow the blocker's clause). */
const byAction: Partial<Record<Blocker["fix"]["action"], FixLink>> = {
  "define-risk-method": { path: "method", label: "Risk method" },
  "treat-risks": { path: "treatment", label: "Treatment plan" },
  "assign-risk-owners": { path: "risks", label: "Risk register" },
  "add-risks": { path: "risks", label: "Risk register" },
  "approve-soa": { path: "soa", label: "Statement of Applicability" },
  "resolve-soa-problems": { path: "soa", label: "Statement of Applicability" },
  "add-document": { path: "documents", label: "Documents" },
  "plan-audit": { path: "audits", label: "Internal audits" },
  "complete-audit": { path: "audits", label: "Internal audits" },
  "record-review": { path: "reviews", label: "Management reviews" },
  "handle-nonconformities": { path: "nonconformities", label: "Nonconformities" },
  "record-incident-process": { path: "policies", label: "Policies" },
  "send-notifications": { path: "incidents", label: "Incidents" },
  "review-suppliers": { path: "suppliers", label: "Suppliers" },
  "add-objective": { path: "objectives", label: "Objectives" },
  "measure-objective": { path: "objectives", label: "Objectives" },
  "set-scope": { path: "context", label: "Context and scope" },
  "add-context-issue": { path: "context", label: "Context and scope" },
  "record-climate": { path: "context?climate", label: "Climate change determination" },
  "add-interested-party": { path: "context", label: "Context and scope" },
};

/** The page (relative to /o/:slug/) that fixes a blocker: the action's page, else the clause's. */
export function fixLinkOf(ref: string, fix: Blocker["fix"]): FixLink {
  const byFix = byAction[fix.action];
  if (byFix) return byFix;
  if (ref.startsWith("clause:")) {
    const id = ref.slice("clause:".length);
    const found = byClause.find(([prefix]) => within(id, prefix));
    if (found) return found[1];
    return { path: `clauses/${id}`, label: `Clause ${id}` };
  }
  if (/^\d+\.\d+$/.test(ref)) return { path: `controls/${ref}`, label: `Control ${ref}` };
  return { path: "soa", label: "Statement of Applicability" };
}

/** The clause id of a blocker reference ("clause:6.1.3" gives "6.1.3"). */
export const clauseOf = (ref: string) => (ref.startsWith("clause:") ? ref.slice(7) : ref);
