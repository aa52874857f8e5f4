/**
 * Readiness fixes in the CLI's words: the command that does each action, for one organization.
 */
import type { Fix, FixAction } from "../domain/readiness-facts.js";

const COMMANDS: Record<FixAction, (args: Record<string, string>) => string> = {
  "add-document": (a) =>
    `isms docs add --org ORG --title "${a.title ?? "…"}" --clauses ${a.clause ?? "…"}${a.type ? ` --type ${a.type}` : ""} --approved-by NAME`,
  "add-context-issue": (a) =>
    `isms context add-issue --org ORG --kind internal|external --title …${a.climate ? " --climate" : ""}`,
  "record-climate": () => "isms context climate --org ORG --relevant yes|no --reason …",
  "add-interested-party": () => "isms context add-party --org ORG --name … --requirement …",
  "set-scope": () => "isms context set-scope --org ORG --statement … --boundaries … --interfaces …",
  "add-role": () => "isms roles add --org ORG --role … --holder …",
  "add-competence": () => "isms competence add --org ORG --person … --competence …",
  "add-awareness": () => "isms awareness add --org ORG --title … --held-on YYYY-MM-DD",
  "add-risks": () => "isms risk import FILE --org ORG (or isms risk add)",
  "define-risk-method": () => "isms risk method --org ORG --set FILE (isms risk method --document prints it)",
  "assign-risk-owners": () => "isms risk update KEY --org ORG --if-version N --owner …",
  "treat-risks": () => "isms risk update KEY --org ORG --if-version N --treatment …",
  "approve-soa": () => "isms soa approve --org ORG --by NAME",
  "resolve-soa-problems": () => "isms soa lint --org ORG, then isms soa walk --org ORG --problems",
  "add-objective": () => "isms objectives add --org ORG --title … --measure … --target … --owner …",
  "measure-objective": () => "isms objectives measure KEY --org ORG --value …",
  "add-assessment": () => "isms assessments add --org ORG --summary …",
  "plan-audit": () => "isms audit-programme add --org ORG --scope …",
  "complete-audit": () => "isms audit-programme complete KEY --org ORG",
  "record-review": () => "isms review prefill --org ORG, then isms review record --org ORG …",
  "handle-nonconformities": () => "isms nc list --org ORG",
  "record-incident-process": () => "isms policy new --org ORG --template incident-management",
  "send-notifications": () => "isms incident list --org ORG",
  "review-suppliers": () => "isms supplier list --org ORG",
};

/** The command that fixes a blocker, for the organization `slug`. */
export function fixCommand(fix: Fix, slug: string): string {
  return COMMANDS[fix.action](fix.args ?? {}).replaceAll("--org ORG", `--org ${slug}`);
}
