/** Where in the app each readiness blocker is fixed, from the clause it belongs to. */

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

/** The page (relative to /o/:slug/) that fixes a blocker, refined by the command the server suggests. */
export function fixLinkOf(ref: string, fix: string): FixLink {
  if (/risk method/.test(fix)) return { path: "method", label: "Risk method" };
  if (/--treatment/.test(fix)) return { path: "treatment", label: "Treatment plan" };
  if (/isms soa/.test(fix)) return { path: "soa", label: "Statement of Applicability" };
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
