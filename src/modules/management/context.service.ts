/**
 * Context of the organization (clauses 4.1–4.3) and the document register (7.5): issues,
 * interested parties and their requirements, the scope, and documented information.
 */
import type { Kysely } from "kysely";
import { getClause } from "../../catalog/index.js";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, requireText, writeOrg } from "../../db/store.js";
import { invalid, stale } from "../../domain/errors.js";
import type { Requirement } from "./context-edit.service.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function addContextIssue(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: {
    kind: string;
    title: string;
    description?: string | null;
    category?: string | null;
    climateRelated?: boolean;
  },
) {
  if (input.kind !== "internal" && input.kind !== "external") {
    throw invalid("kind must be internal or external", [{ path: "kind", message: "internal | external" }]);
  }
  const title = requireText(input.title, "title");
  return writeOrg(db, orgId, actor, (w) =>
    w.insert("contextIssues", {
      kind: input.kind,
      title,
      description: input.description ?? null,
      category: input.category ?? null,
      climateRelated: input.climateRelated ? 1 : 0,
    }),
  );
}

export async function addInterestedParty(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: { name: string; description?: string | null; requirements: Requirement[] },
) {
  const name = requireText(input.name, "name");
  return writeOrg(db, orgId, actor, (w) =>
    w.insert("interestedParties", {
      name,
      description: input.description ?? null,
      requirements: JSON.stringify(input.requirements),
    }),
  );
}

export interface ScopeInput {
  statement: string;
  boundaries?: string | null;
  interfaces?: string | null;
  dependencies?: string | null;
  exclusions?: string | null;
}

/**
 * Sets the scope statement (4.3); there is one per organization, updated in place. With
 * `expectedVersion`, a scope changed meanwhile is refused (STALE_VERSION) instead of overwritten.
 */
export async function setScope(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: ScopeInput,
  expectedVersion?: number,
) {
  const statement = requireText(input.statement, "statement");
  return writeOrg(db, orgId, actor, async (w) => {
    const [current] = await w.list("scopes");
    if (expectedVersion !== undefined && (current?.version ?? 0) !== expectedVersion) {
      throw stale("the scope", current?.version ?? 0, expectedVersion);
    }
    const values = {
      statement,
      boundaries: input.boundaries ?? current?.boundaries ?? null,
      interfaces: input.interfaces ?? current?.interfaces ?? null,
      dependencies: input.dependencies ?? current?.dependencies ?? null,
      exclusions: input.exclusions ?? current?.exclusions ?? null,
    };
    return current
      ? w.update("scopes", current.id, current.version, values)
      : w.insert("scopes", { ...values, climateRelevant: null, climateReason: null });
  });
}

export async function getContext(db: Kysely<Database>, orgId: string) {
  const reader = new OrgReader(db, orgId);
  const [issues, parties, scopes] = await Promise.all([
    reader.list("contextIssues", {}, "createdAt"),
    reader.list("interestedParties", {}, "name"),
    reader.list("scopes"),
  ]);
  const scope = scopes[0];
  return {
    scope: scope ?? null,
    climate:
      scope && scope.climateRelevant !== null
        ? { relevant: scope.climateRelevant === 1, reason: scope.climateReason }
        : null,
    issues: issues.map(({ id, version, kind, title, description, category, climateRelated }) => ({
      id,
      version,
      kind,
      title,
      description,
      category,
      climateRelated: climateRelated === 1,
    })),
    interestedParties: parties.map((p) => ({
      id: p.id,
      version: p.version,
      name: p.name,
      description: p.description,
      requirements: (JSON.parse(p.requirements) as Requirement[]).map((r) => ({
        text: r.text,
        addressed: r.addressed,
        addressedBy: r.addressedBy ?? null,
      })),
    })),
  };
}

export interface DocumentInput {
  title: string;
  docType?: string;
  docVersion?: string | null;
  owner?: string | null;
  approvedBy?: string | null;
  approvedOn?: string | null;
  classification?: string | null;
  reviewMonths?: number | null;
  retention?: string | null;
  location?: string | null;
  /** Clause ids the document satisfies, e.g. ["4.3"]. */
  clauseRefs?: string[];
}

/** Adds documented information to the register; clause references must exist. */
export async function addDocument(db: Kysely<Database>, orgId: string, actor: Actor, input: DocumentInput) {
  const title = requireText(input.title, "title");
  const refs = (input.clauseRefs ?? []).map((r) => r.replace(/^clause:/, ""));
  const unknown = refs.filter((r) => !getClause(r));
  if (unknown.length)
    throw invalid(`no clause ${unknown.join(", ")}`, [{ path: "clauseRefs", message: "unknown clause" }]);
  const approvedOn = input.approvedOn ?? (input.approvedBy ? new Date().toISOString().slice(0, 10) : null);
  if (approvedOn && !DATE.test(approvedOn))
    throw invalid("approvedOn must be YYYY-MM-DD", [{ path: "approvedOn", message: "date" }]);
  let nextReviewOn: string | null = null;
  if (approvedOn && input.reviewMonths) {
    const next = new Date(`${approvedOn}T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + input.reviewMonths);
    nextReviewOn = next.toISOString().slice(0, 10);
  }
  return writeOrg(db, orgId, actor, async (w) =>
    w.insert("documents", {
      key: await w.nextKey("documents", "DOC"),
      title,
      docType: input.docType ?? "document",
      docVersion: input.docVersion ?? null,
      owner: input.owner ?? null,
      approvedBy: input.approvedBy ?? null,
      approvedOn,
      classification: input.classification ?? null,
      reviewMonths: input.reviewMonths ?? null,
      retention: input.retention ?? null,
      location: input.location ?? null,
      clauseRefs: JSON.stringify(refs),
      nextReviewOn,
      controlRefs: null,
      templateKey: null,
    }),
  );
}

export async function listDocuments(db: Kysely<Database>, orgId: string) {
  const rows = await new OrgReader(db, orgId).list("documents", {}, "key");
  return rows.map((d) => ({
    ...d,
    clauseRefs: JSON.parse(d.clauseRefs) as string[],
    controlRefs: JSON.parse(d.controlRefs ?? "[]") as string[],
  }));
}
