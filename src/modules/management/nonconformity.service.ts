/**
 * Nonconformities and corrective actions (ISO/IEC 27001 10.2): source, correction, root cause,
 * actions with owners and due dates, and the review of their effectiveness before closing.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, requireText, writeOrg } from "../../db/store.js";
import { conflict, invalid, notFound } from "../../domain/errors.js";

const today = () => new Date().toISOString().slice(0, 10);
export const NC_SOURCES = [
  "internal_audit",
  "external_audit",
  "incident",
  "management_review",
  "other",
] as const;

export async function addNonconformity(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: {
    source: string;
    description: string;
    correction?: string | null;
    rootCause?: string | null;
    raisedOn?: string;
  },
) {
  if (!(NC_SOURCES as readonly string[]).includes(input.source)) {
    throw invalid(`source must be one of ${NC_SOURCES.join(", ")}`, [
      { path: "source", message: "unknown source" },
    ]);
  }
  const description = requireText(input.description, "description");
  return writeOrg(db, orgId, actor, async (w) =>
    w.insert("nonconformities", {
      key: await w.nextKey("nonconformities", "NC"),
      source: input.source,
      findingId: null,
      description,
      correction: input.correction ?? null,
      rootCause: input.rootCause ?? null,
      status: "open",
      raisedOn: input.raisedOn ?? today(),
    }),
  );
}

async function ncByKey(w: OrgReader, key: string) {
  const [nc] = await w.list("nonconformities", { key });
  if (!nc) throw notFound(`nonconformity ${key}`);
  return nc;
}

/** Records the correction and root cause analysis of a nonconformity. */
export async function analyseNonconformity(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  key: string,
  input: { correction?: string; rootCause?: string },
) {
  return writeOrg(db, orgId, actor, async (w) => {
    const nc = await ncByKey(w, key);
    return w.update("nonconformities", nc.id, nc.version, {
      ...(input.correction !== undefined && { correction: input.correction }),
      ...(input.rootCause !== undefined && { rootCause: input.rootCause }),
      status: nc.status === "open" ? "in_progress" : nc.status,
    });
  });
}

export async function addCorrectiveAction(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  key: string,
  input: { description: string; owner?: string | null; dueOn?: string | null },
) {
  const description = requireText(input.description, "description");
  return writeOrg(db, orgId, actor, async (w) => {
    const nc = await ncByKey(w, key);
    if (nc.status === "closed") throw conflict(`${key} is closed`);
    return w.insert("correctiveActions", {
      nonconformityId: nc.id,
      description,
      owner: input.owner ?? null,
      dueOn: input.dueOn ?? null,
      status: "open",
      effectivenessReview: null,
      effective: null,
      completedOn: null,
    });
  });
}

/**
 * Closes a nonconformity once its root cause is known and its actions are done and reviewed for
 * effectiveness; every action gets the effectiveness verdict given here.
 */
export async function closeNonconformity(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  key: string,
  input: { effectivenessReview: string; effective: boolean },
) {
  const review = requireText(input.effectivenessReview, "effectivenessReview");
  return writeOrg(db, orgId, actor, async (w) => {
    const nc = await ncByKey(w, key);
    if (!nc.rootCause?.trim())
      throw invalid(`${key} has no root cause yet`, [
        { path: "rootCause", message: "required before closing" },
      ]);
    const actions = await w.list("correctiveActions", { nonconformityId: nc.id });
    if (actions.length === 0)
      throw invalid(`${key} has no corrective action`, [
        { path: "actions", message: "required before closing" },
      ]);
    for (const action of actions) {
      await w.update("correctiveActions", action.id, action.version, {
        status: "done",
        completedOn: action.completedOn ?? today(),
        effectivenessReview: review,
        effective: input.effective ? 1 : 0,
      });
    }
    return w.update("nonconformities", nc.id, nc.version, {
      status: input.effective ? "closed" : "in_progress",
    });
  });
}

export async function listNonconformities(db: Kysely<Database>, orgId: string) {
  const reader = new OrgReader(db, orgId);
  const [ncs, actions, findings] = await Promise.all([
    reader.list("nonconformities", {}, "key"),
    reader.list("correctiveActions", {}, "dueOn"),
    reader.list("auditFindings"),
  ]);
  const findingKey = new Map(findings.map((f) => [f.id, f.key]));
  const actionsOf = Map.groupBy(actions, (a) => a.nonconformityId);
  return ncs.map((nc) => ({
    key: nc.key,
    source: nc.source,
    finding: nc.findingId ? (findingKey.get(nc.findingId) ?? null) : null,
    description: nc.description,
    correction: nc.correction,
    rootCause: nc.rootCause,
    status: nc.status,
    raisedOn: nc.raisedOn,
    actions: (actionsOf.get(nc.id) ?? []).map(
      ({ description, owner, dueOn, status, effectivenessReview, effective }) => ({
        description,
        owner,
        dueOn,
        status,
        effectivenessReview,
        effective: effective === null ? null : effective === 1,
      }),
    ),
  }));
}
