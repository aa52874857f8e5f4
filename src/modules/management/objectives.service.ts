/**
 * Information security objectives and their measurements (ISO/IEC 27001 6.2, 9.1).
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { type Actor, OrgReader, requireText, writeOrg } from "../../db/store.js";
import { invalid, notFound } from "../../domain/errors.js";

const today = () => new Date().toISOString().slice(0, 10);

export async function addObjective(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: {
    title: string;
    description?: string | null;
    measure?: string | null;
    target?: string | null;
    owner?: string | null;
    dueOn?: string | null;
  },
) {
  const title = requireText(input.title, "title");
  return writeOrg(db, orgId, actor, async (w) =>
    w.insert("objectives", {
      key: await w.nextKey("objectives", "OBJ"),
      title,
      description: input.description ?? null,
      measure: input.measure ?? null,
      target: input.target ?? null,
      owner: input.owner ?? null,
      dueOn: input.dueOn ?? null,
      status: "on_track",
    }),
  );
}

/** Records a result for an objective (by key) or a free-standing metric (9.1). */
export async function addMeasurement(
  db: Kysely<Database>,
  orgId: string,
  actor: Actor,
  input: { objectiveKey?: string; metric?: string; value: number; measuredOn?: string; note?: string | null },
) {
  if (!Number.isFinite(input.value))
    throw invalid("value must be a number", [{ path: "value", message: "number" }]);
  return writeOrg(db, orgId, actor, async (w) => {
    let objectiveId: string | null = null;
    let metric = input.metric ?? null;
    if (input.objectiveKey) {
      const [objective] = await w.list("objectives", { key: input.objectiveKey });
      if (!objective) throw notFound(`objective ${input.objectiveKey}`);
      objectiveId = objective.id;
      metric ??= objective.measure ?? objective.title;
    }
    if (!metric)
      throw invalid("give an objective or a metric name", [{ path: "metric", message: "required" }]);
    return w.insert("measurements", {
      objectiveId,
      metric,
      measuredOn: input.measuredOn ?? today(),
      value: input.value,
      note: input.note ?? null,
    });
  });
}

export async function listObjectives(db: Kysely<Database>, orgId: string) {
  const reader = new OrgReader(db, orgId);
  const [objectives, measurements] = await Promise.all([
    reader.list("objectives", {}, "key"),
    reader.list("measurements", {}, "measuredOn"),
  ]);
  const measurementsOf = Map.groupBy(measurements, (m) => m.objectiveId);
  return objectives.map((o) => ({
    ...o,
    measurements: (measurementsOf.get(o.id) ?? []).map(({ measuredOn, value, note }) => ({
      measuredOn,
      value,
      note,
    })),
  }));
}
