/** Readiness fixes in a report's words: what to do, for a reader of the document (not a command). */
import type { Fix, FixAction } from "../../domain/readiness-facts.js";

const WORDS: Record<FixAction, (args: Record<string, string>) => string> = {
  "add-document": (a) =>
    `Register and approve ${a.title ? `"${a.title}"` : "the document"}${a.clause ? ` (clause ${a.clause})` : ""}`,
  "add-context-issue": (a) =>
    a.climate ? "Record whether climate change is a relevant issue" : "Record internal and external issues",
  "record-climate": () => "Record whether climate change is a relevant issue, and why",
  "add-interested-party": () => "Record interested parties and their requirements",
  "set-scope": () => "State the ISMS scope with its boundaries and interfaces",
  "add-role": () => "Assign information security roles",
  "add-competence": () => "Record the competence of people doing ISMS work",
  "add-awareness": () => "Record awareness sessions",
  "add-risks": () => "Identify risks in the register",
  "define-risk-method": () => "Adopt the risk assessment method",
  "assign-risk-owners": () => "Give every risk an owner",
  "treat-risks": () => "Choose a treatment for every risk above the acceptance criteria",
  "approve-soa": () => "Approve the Statement of Applicability",
  "resolve-soa-problems": () => "Resolve the problems the SoA check reports",
  "add-objective": () => "Set information security objectives",
  "measure-objective": () => "Record measurements of the objectives",
  "add-assessment": () => "Record a risk assessment run",
  "plan-audit": () => "Plan internal audits in the audit programme",
  "complete-audit": () => "Complete an internal audit with its results",
  "record-review": () => "Hold and record a management review",
  "handle-nonconformities": () => "Analyse nonconformities and complete their corrective actions",
  "record-incident-process": () =>
    "Publish an incident management procedure, or record the incidents handled",
  "send-notifications": () => "Send the overdue incident notifications and record when they were sent",
  "review-suppliers": () => "Review the suppliers whose review date has passed, and record the assessment",
};

export const fixInWords = (fix: Fix): string => WORDS[fix.action](fix.args ?? {});
