/**
 * The internal audit programme (ISO/IEC 27001 9.2): planned audits with structured scopes, the
 * impartiality rule, completion and findings (nonconformity findings open a nonconformity).
 */
import type { Kysely } from "kysely";
import { getClause, getControl } from "../../catalog/index.js";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, requireText, writeOrg } from "../../db/store.js";
import { conflict, invalid, notFound } from "../../domain/errors.js";

const today = () => new Date().toISOString().slice(0, 10);

/** Normalises audit scope references: "9.2", "clause:9.2" (clauses) and "8.8", "A.8.8" (controls). */
function scopeRefs(refs: readonly string[]): string[] {
  return refs.map((ref) => {
    const text = ref.trim();
    if (/^clause[:\s]/i.test(text)) {
      const clause = getClause(text);
      if (!clause) throw invalid(`no clause ${text}`, [{ path: "scopeRefs", message: "unknown clause" }]);
      return `clause:${clause.id}`;
    }
    const control = getControl(text);
    if (control) return control.id;
    const clause = getClause(text);
    if (clause) return `clause:${clause.id}`;
    throw invalid(`"${text}" is neither a clause nor an Annex A control`, [
      { path: "scopeRefs", message: "unknown reference" },
    ]);
  });
}

/**
 * Auditors must not audit their own work (9.2.2): the auditor may not own an Annex A control in
 * scope unless an impartiality exception is recorded.
 */
async function checkImpartiality(
  reader: OrgReader,
  auditor: string | null,
  refs: readonly string[],
  exception: string | null,
) {
  if (!auditor || exception?.trim()) return;
  const owned = (await reader.list("soaEntries"))
    .filter(
      (e) => refs.includes(e.controlId) && e.owner?.trim().toLowerCase() === auditor.trim().toLowerCase(),
    )
    .map((e) => e.controlId);
  if (owned.length) {
    throw invalid(
      `${auditor} cannot audit controls they own (${owned.join(", ")}): choose another auditor or record an impartiality exception`,
      [{ path: "auditor", message: `owns ${owned.join(", ")}` }],
    );
  }
}

export interface AuditInput {
  title: string;
  scope?: string | null;
  scopeRefs?: string[];
  criteria?: string | null;
  auditor?: string | null;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  impartialityException?: string | null;
}

/** Plans an audit of the programme. */
export async function addAudit(db: Kysely<Database>, orgId: string, actor: Actor, input: AuditInput) {
  const title = requireText(input.title, "title");
  const refs = scopeRefs(input.scopeRefs ?? []);
  return writeOrg(db, orgId, actor, async (w) => {
    await checkImpartiality(w, input.auditor ?? null, refs, input.impartialityException ?? null);
    return w.insert("audits", {
      key: await w.nextKey("audits", "AUD"),
      title,
      scope: input.scope ?? null,
      scopeRefs: JSON.stringify(refs),
      criteria: input.criteria ?? "ISO/IEC 27001:2022 and the organization's ISMS documentation",
      auditor: input.auditor ?? null,
      plannedStart: input.plannedStart ?? null,
      plannedEnd: input.plannedEnd ?? null,
      completedOn: null,
      status: "planned",
      impartialityException: input.impartialityException ?? null,
    });
  });
}

export async function completeAudit(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  key: string,
  completedOn = today(),
) {
  return writeOrg(db, orgId, actor, async (w) => {
    const [audit] = await w.list("audits", { key });
    if (!audit) throw notFound(`audit ${key}`);
    if (audit.status === "completed") throw conflict(`audit ${key} is already completed`);
    return w.update("audits", audit.id, audit.version, { status: "completed", completedOn });
  });
}

export const FINDING_TYPES = ["major_nc", "minor_nc", "observation", "opportunity"] as const;

/** Records a finding; a nonconformity finding also opens a nonconformity to correct (10.2). */
export async function addFinding(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: {
    auditKey: string;
    findingType: string;
    ref?: string | null;
    description: string;
    evidence?: string | null;
  },
) {
  if (!(FINDING_TYPES as readonly string[]).includes(input.findingType)) {
    throw invalid(`finding type must be one of ${FINDING_TYPES.join(", ")}`, [
      { path: "findingType", message: "unknown type" },
    ]);
  }
  const description = requireText(input.description, "description");
  const ref = input.ref ? (scopeRefs([input.ref])[0] ?? null) : null;
  return writeOrg(db, orgId, actor, async (w) => {
    const [audit] = await w.list("audits", { key: input.auditKey });
    if (!audit) throw notFound(`audit ${input.auditKey}`);
    const finding = await w.insert("auditFindings", {
      auditId: audit.id,
      key: await w.nextKey("auditFindings", "F"),
      findingType: input.findingType,
      ref,
      description,
      evidence: input.evidence ?? null,
      status: "open",
    });
    if (input.findingType.endsWith("_nc")) {
      await w.insert("nonconformities", {
        key: await w.nextKey("nonconformities", "NC"),
        source: "internal_audit",
        findingId: finding.id,
        description,
        correction: null,
        rootCause: null,
        status: "open",
        raisedOn: today(),
      });
    }
    return finding;
  });
}

export async function listAudits(db: Kysely<Database>, orgId: string) {
  const reader = new OrgReader(db, orgId);
  const [audits, findings] = await Promise.all([
    reader.list("audits", {}, "key"),
    reader.list("auditFindings", {}, "key"),
  ]);
  const findingsOf = Map.groupBy(findings, (f) => f.auditId);
  return audits.map((a) => ({
    ...a,
    scopeRefs: JSON.parse(a.scopeRefs) as string[],
    findings: (findingsOf.get(a.id) ?? []).map(({ key, findingType, ref, description, status }) => ({
      key,
      findingType,
      ref,
      description,
      status,
    })),
  }));
}
