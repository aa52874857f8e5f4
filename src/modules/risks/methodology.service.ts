/**
 * The organization's risk methodology: read it (the 5×5 default until one is saved), preview what
 * a change would do to existing risks, and apply it together with the rescaling in one transaction.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, type OrgWriter, writeOrg } from "../../db/store.js";
import { DomainError, invalid } from "../../domain/errors.js";
import { type MethodAdoption, renderMethodologyMarkdown } from "../../domain/methodology-document.js";
import { DEFAULT_METHODOLOGY, type RiskMethodology, validateMethodology } from "../../domain/risk-method.js";
import { planRescale, type RescaleChange } from "../../domain/risk-rescale.js";
import { parseInput } from "../validation.js";
import { ZMethodology } from "./risk.schema.js";

export interface StoredMethodology {
  method: RiskMethodology;
  /** null while the organization still uses the built-in default. */
  version: number | null;
}

export async function getMethodology(reader: OrgReader): Promise<StoredMethodology> {
  const [row] = await reader.list("riskMethodologies");
  if (!row) return { method: DEFAULT_METHODOLOGY, version: null };
  return { method: JSON.parse(row.definition) as RiskMethodology, version: row.version };
}

function parseMethodology(input: unknown): RiskMethodology {
  const method = parseInput(ZMethodology, input, "risk methodology") as RiskMethodology;
  const issues = validateMethodology(method);
  if (issues.length)
    throw invalid(
      `invalid risk methodology: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
      issues,
    );
  return method;
}

async function riskPoints(reader: OrgReader) {
  const risks = await reader.list("risks");
  return risks.map((r) => ({
    id: r.id,
    version: r.version,
    key: r.key,
    inherent:
      r.inherentLikelihood !== null && r.inherentImpact !== null
        ? { likelihood: r.inherentLikelihood, impact: r.inherentImpact }
        : null,
    residual:
      r.residualLikelihood !== null && r.residualImpact !== null
        ? { likelihood: r.residualLikelihood, impact: r.residualImpact }
        : null,
  }));
}

/** What applying `input` would change, without changing anything. */
export async function previewMethodologyChange(
  db: Kysely<Database>,
  orgId: string,
  input: unknown,
): Promise<{ method: RiskMethodology; changes: RescaleChange[] }> {
  const method = parseMethodology(input);
  const reader = new OrgReader(db, orgId);
  const current = await getMethodology(reader);
  return { method, changes: planRescale(current.method, method, await riskPoints(reader)) };
}

/**
 * Saves the methodology and rescales every affected risk, all or nothing. `expectedChanges` is the
 * number of changes the user was shown; if the register moved meanwhile the change is refused.
 */
export async function applyMethodologyChange(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: unknown,
  expectedChanges?: number,
  /** The version the caller edited (0 for the built-in default); a newer one refuses the change. */
  expectedVersion?: number,
): Promise<RescaleChange[]> {
  const method = parseMethodology(input);
  return writeOrg(db, orgId, actor, async (w) => {
    const current = await getMethodology(w);
    if (expectedVersion !== undefined && expectedVersion !== (current.version ?? 0))
      throw new DomainError(
        "STALE_VERSION",
        `the methodology changed since you read it (version ${current.version ?? 0}, you edited ${expectedVersion}): reload it`,
      );
    const points = await riskPoints(w);
    const changes = planRescale(current.method, method, points);
    if (expectedChanges !== undefined && expectedChanges !== changes.length) {
      throw invalid(
        `the preview showed ${expectedChanges} changes but ${changes.length} would now apply: preview again`,
      );
    }
    await saveMethodology(w, method);
    const byKey = new Map(points.map((p) => [p.key, p]));
    for (const change of changes) {
      const risk = byKey.get(change.key);
      if (!risk) continue;
      await w.update("risks", risk.id, risk.version, {
        ...(change.inherent && {
          inherentLikelihood: change.inherent.to.likelihood,
          inherentImpact: change.inherent.to.impact,
          inherentScore: change.inherent.to.score,
          inherentLevel: change.inherent.to.level,
        }),
        ...(change.residual && {
          residualLikelihood: change.residual.to.likelihood,
          residualImpact: change.residual.to.impact,
          residualScore: change.residual.to.score,
          residualLevel: change.residual.to.level,
        }),
      });
    }
    await w.record("riskMethodologies", orgId, "rescale", { risks: changes.length });
    return changes;
  });
}

async function saveMethodology(w: OrgWriter, method: RiskMethodology): Promise<void> {
  const [row] = await w.list("riskMethodologies");
  const definition = JSON.stringify(method);
  if (row) await w.update("riskMethodologies", row.id, row.version, { definition });
  else await w.insert("riskMethodologies", { definition });
}

/** The version in force and when and by whom it was adopted (from the audit trail). */
export async function methodologyAdoption(db: Kysely<Database>, orgId: string): Promise<MethodAdoption> {
  const [row] = await new OrgReader(db, orgId).list("riskMethodologies");
  if (!row) return { version: null };
  const event = await db
    .selectFrom("auditEvents")
    .select(["actor", "at"])
    .where("chainId", "=", orgId)
    .where("entityType", "=", "riskMethodologies")
    .where("entityId", "=", row.id)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();
  return {
    version: row.version,
    adoptedAt: event?.at ?? row.updatedAt,
    ...(event && { adoptedBy: event.actor }),
  };
}

/** The clause 6.1.2 methodology document in markdown. */
export async function methodologyDocument(db: Kysely<Database>, orgId: string): Promise<string> {
  const org = await db
    .selectFrom("organizations")
    .select("name")
    .where("id", "=", orgId)
    .executeTakeFirstOrThrow();
  const { method } = await getMethodology(new OrgReader(db, orgId));
  return renderMethodologyMarkdown(method, org.name, await methodologyAdoption(db, orgId));
}
