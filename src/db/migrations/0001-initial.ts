/**
 * The initial schema. Written once for both engines: column types are the portable subset
 * (text, integer, double precision) and only the binary column differs (blob | bytea).
 */
import { type CreateTableBuilder, type Kysely, PostgresAdapter } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types.
type AnyDb = Kysely<any>;

const isPostgres = (db: AnyDb) => db.getExecutor().adapter instanceof PostgresAdapter;

/** id, org_id (cascading), version and timestamps: the columns of every organization-owned table. */
function orgTable(db: AnyDb, name: string): CreateTableBuilder<string, never> {
  return db.schema
    .createTable(name)
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("org_id", "text", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull());
}

const text = "text" as const;
const int = "integer" as const;
const real = "double precision" as const;

async function index(db: AnyDb, table: string, columns: string[], unique = false): Promise<void> {
  const name = `${table}_${columns.join("_")}_${unique ? "uq" : "ix"}`;
  let builder = db.schema.createIndex(name).on(table).columns(columns);
  if (unique) builder = builder.unique();
  await builder.execute();
}

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("organizations")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("slug", text, (c) => c.notNull().unique())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("version", int, (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("updated_at", text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("email", text, (c) => c.notNull().unique())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("password_hash", text)
    .addColumn("is_installation_owner", int, (c) => c.notNull().defaultTo(0))
    .addColumn("disabled", int, (c) => c.notNull().defaultTo(0))
    .addColumn("version", int, (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("updated_at", text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("chain_heads")
    .addColumn("chain_id", text, (c) => c.primaryKey())
    .addColumn("seq", int, (c) => c.notNull())
    .addColumn("hash", text, (c) => c.notNull())
    .execute();
  await db
    .insertInto("chain_heads")
    .values({ chain_id: "installation", seq: 0, hash: "0".repeat(64) })
    .execute();

  await db.schema
    .createTable("audit_events")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("chain_id", text, (c) => c.notNull())
    .addColumn("org_id", text)
    .addColumn("seq", int, (c) => c.notNull())
    .addColumn("at", text, (c) => c.notNull())
    .addColumn("actor", text, (c) => c.notNull())
    .addColumn("entity_type", text, (c) => c.notNull())
    .addColumn("entity_id", text, (c) => c.notNull())
    .addColumn("action", text, (c) => c.notNull())
    .addColumn("changes", text, (c) => c.notNull())
    .addColumn("prev_hash", text, (c) => c.notNull())
    .addColumn("hash", text, (c) => c.notNull())
    .execute();
  await index(db, "audit_events", ["chain_id", "seq"], true);
  await index(db, "audit_events", ["entity_type", "entity_id"]);

  await db.schema
    .createTable("blobs")
    .addColumn("sha256", text, (c) => c.primaryKey())
    .addColumn("size", int, (c) => c.notNull())
    .addColumn("mime", text, (c) => c.notNull())
    .addColumn("data", isPostgres(db) ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .execute();

  await orgTable(db, "memberships")
    .addColumn("user_id", text, (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", text, (c) => c.notNull())
    .execute();
  await index(db, "memberships", ["org_id", "user_id"], true);

  await orgTable(db, "context_issues")
    .addColumn("kind", text, (c) => c.notNull())
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("description", text)
    .addColumn("category", text)
    .addColumn("climate_related", int, (c) => c.notNull().defaultTo(0))
    .execute();

  await orgTable(db, "interested_parties")
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("description", text)
    .addColumn("requirements", text, (c) => c.notNull().defaultTo("[]"))
    .execute();

  await orgTable(db, "scopes")
    .addColumn("statement", text, (c) => c.notNull())
    .addColumn("boundaries", text)
    .addColumn("interfaces", text)
    .addColumn("dependencies", text)
    .addColumn("exclusions", text)
    .execute();
  await index(db, "scopes", ["org_id"], true);

  await orgTable(db, "assets")
    .addColumn("key", text, (c) => c.notNull())
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("type", text, (c) => c.notNull())
    .addColumn("description", text)
    .addColumn("owner", text)
    .addColumn("location", text)
    .addColumn("classification", text)
    .addColumn("confidentiality", int)
    .addColumn("integrity", int)
    .addColumn("availability", int)
    .execute();
  await index(db, "assets", ["org_id", "key"], true);

  await orgTable(db, "risk_methodologies")
    .addColumn("definition", text, (c) => c.notNull())
    .execute();
  await index(db, "risk_methodologies", ["org_id"], true);

  await orgTable(db, "risks")
    .addColumn("key", text, (c) => c.notNull())
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("description", text)
    .addColumn("threat", text)
    .addColumn("vulnerability", text)
    .addColumn("consequence", text)
    .addColumn("cia", text, (c) => c.notNull().defaultTo("[]"))
    .addColumn("owner", text)
    .addColumn("inherent_likelihood", int)
    .addColumn("inherent_impact", int)
    .addColumn("inherent_score", real)
    .addColumn("inherent_level", text)
    .addColumn("existing_controls", text)
    .addColumn("treatment", text)
    .addColumn("own_controls", text, (c) => c.notNull().defaultTo("[]"))
    .addColumn("residual_likelihood", int)
    .addColumn("residual_impact", int)
    .addColumn("residual_score", real)
    .addColumn("residual_level", text)
    .addColumn("residual_justification", text)
    .addColumn("accepted_by", text)
    .addColumn("accepted_at", text)
    .addColumn("acceptance_comment", text)
    .addColumn("acceptance_exception", text)
    .addColumn("last_reviewed_on", text)
    .addColumn("next_review_on", text)
    .addColumn("status", text, (c) => c.notNull())
    .execute();
  await index(db, "risks", ["org_id", "key"], true);

  await orgTable(db, "risk_assets")
    .addColumn("risk_id", text, (c) => c.notNull().references("risks.id").onDelete("cascade"))
    .addColumn("asset_id", text, (c) => c.notNull().references("assets.id").onDelete("cascade"))
    .execute();
  await index(db, "risk_assets", ["risk_id", "asset_id"], true);

  await orgTable(db, "risk_controls")
    .addColumn("risk_id", text, (c) => c.notNull().references("risks.id").onDelete("cascade"))
    .addColumn("control_id", text, (c) => c.notNull())
    .execute();
  await index(db, "risk_controls", ["risk_id", "control_id"], true);
  await index(db, "risk_controls", ["org_id", "control_id"]);

  await orgTable(db, "treatment_actions")
    .addColumn("risk_id", text, (c) => c.notNull().references("risks.id").onDelete("cascade"))
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("owner", text)
    .addColumn("due_on", text)
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("completed_on", text)
    .execute();
  await index(db, "treatment_actions", ["risk_id"]);

  await orgTable(db, "soa_entries")
    .addColumn("control_id", text, (c) => c.notNull())
    .addColumn("applicable", int)
    .addColumn("reasons", text, (c) => c.notNull().defaultTo("[]"))
    .addColumn("justification", text)
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("notes", text)
    .addColumn("owner", text)
    .addColumn("next_review_on", text)
    .execute();
  await index(db, "soa_entries", ["org_id", "control_id"], true);

  await orgTable(db, "soa_versions")
    .addColumn("number", int, (c) => c.notNull())
    .addColumn("approved_by", text, (c) => c.notNull())
    .addColumn("approved_at", text, (c) => c.notNull())
    .addColumn("note", text)
    .addColumn("snapshot", text, (c) => c.notNull())
    .execute();
  await index(db, "soa_versions", ["org_id", "number"], true);

  await orgTable(db, "evidence")
    .addColumn("key", text, (c) => c.notNull())
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("description", text)
    .addColumn("kind", text, (c) => c.notNull())
    .addColumn("url", text)
    .addColumn("sha256", text)
    .addColumn("size", int)
    .addColumn("mime", text)
    .addColumn("filename", text)
    .addColumn("collected_on", text)
    .addColumn("effective_from", text)
    .addColumn("effective_to", text)
    .addColumn("review_due_on", text)
    .addColumn("owner", text)
    .execute();
  await index(db, "evidence", ["org_id", "key"], true);
  await index(db, "evidence", ["org_id", "sha256"]);

  await orgTable(db, "evidence_links")
    .addColumn("evidence_id", text, (c) => c.notNull().references("evidence.id").onDelete("cascade"))
    .addColumn("target_type", text, (c) => c.notNull())
    .addColumn("target_id", text, (c) => c.notNull())
    .execute();
  await index(db, "evidence_links", ["evidence_id", "target_type", "target_id"], true);
  await index(db, "evidence_links", ["org_id", "target_type", "target_id"]);

  await orgTable(db, "implementation_notes")
    .addColumn("control_id", text, (c) => c.notNull())
    .addColumn("body", text, (c) => c.notNull())
    .addColumn("author", text)
    .execute();
  await index(db, "implementation_notes", ["org_id", "control_id"]);

  await orgTable(db, "tasks")
    .addColumn("key", text, (c) => c.notNull())
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("description", text)
    .addColumn("owner", text)
    .addColumn("due_on", text)
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("related_type", text)
    .addColumn("related_id", text)
    .execute();
  await index(db, "tasks", ["org_id", "key"], true);

  await orgTable(db, "objectives")
    .addColumn("key", text, (c) => c.notNull())
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("description", text)
    .addColumn("measure", text)
    .addColumn("target", text)
    .addColumn("owner", text)
    .addColumn("due_on", text)
    .addColumn("status", text, (c) => c.notNull())
    .execute();
  await index(db, "objectives", ["org_id", "key"], true);

  await orgTable(db, "measurements")
    .addColumn("objective_id", text, (c) => c.references("objectives.id").onDelete("cascade"))
    .addColumn("metric", text, (c) => c.notNull())
    .addColumn("measured_on", text, (c) => c.notNull())
    .addColumn("value", real, (c) => c.notNull())
    .addColumn("note", text)
    .execute();

  await orgTable(db, "documents")
    .addColumn("key", text, (c) => c.notNull())
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("doc_type", text, (c) => c.notNull())
    .addColumn("doc_version", text)
    .addColumn("owner", text)
    .addColumn("approved_by", text)
    .addColumn("approved_on", text)
    .addColumn("classification", text)
    .addColumn("review_months", int)
    .addColumn("retention", text)
    .addColumn("location", text)
    .addColumn("clause_refs", text, (c) => c.notNull().defaultTo("[]"))
    .addColumn("next_review_on", text)
    .execute();
  await index(db, "documents", ["org_id", "key"], true);

  await orgTable(db, "audits")
    .addColumn("key", text, (c) => c.notNull())
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("scope", text)
    .addColumn("criteria", text)
    .addColumn("auditor", text)
    .addColumn("planned_start", text)
    .addColumn("planned_end", text)
    .addColumn("completed_on", text)
    .addColumn("status", text, (c) => c.notNull())
    .execute();
  await index(db, "audits", ["org_id", "key"], true);

  await orgTable(db, "audit_findings")
    .addColumn("audit_id", text, (c) => c.notNull().references("audits.id").onDelete("cascade"))
    .addColumn("key", text, (c) => c.notNull())
    .addColumn("finding_type", text, (c) => c.notNull())
    .addColumn("ref", text)
    .addColumn("description", text, (c) => c.notNull())
    .addColumn("evidence", text)
    .addColumn("status", text, (c) => c.notNull())
    .execute();
  await index(db, "audit_findings", ["org_id", "key"], true);

  await orgTable(db, "management_reviews")
    .addColumn("key", text, (c) => c.notNull())
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("held_on", text)
    .addColumn("attendees", text, (c) => c.notNull().defaultTo("[]"))
    .addColumn("inputs", text, (c) => c.notNull().defaultTo("{}"))
    .addColumn("decisions", text, (c) => c.notNull().defaultTo("[]"))
    .addColumn("status", text, (c) => c.notNull())
    .execute();
  await index(db, "management_reviews", ["org_id", "key"], true);

  await orgTable(db, "nonconformities")
    .addColumn("key", text, (c) => c.notNull())
    .addColumn("source", text, (c) => c.notNull())
    .addColumn("finding_id", text, (c) => c.references("audit_findings.id").onDelete("set null"))
    .addColumn("description", text, (c) => c.notNull())
    .addColumn("correction", text)
    .addColumn("root_cause", text)
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("raised_on", text, (c) => c.notNull())
    .execute();
  await index(db, "nonconformities", ["org_id", "key"], true);

  await orgTable(db, "corrective_actions")
    .addColumn("nonconformity_id", text, (c) =>
      c.notNull().references("nonconformities.id").onDelete("cascade"),
    )
    .addColumn("description", text, (c) => c.notNull())
    .addColumn("owner", text)
    .addColumn("due_on", text)
    .addColumn("status", text, (c) => c.notNull())
    .addColumn("effectiveness_review", text)
    .addColumn("effective", int)
    .addColumn("completed_on", text)
    .execute();

  // Reads are by organization first; these tables have no unique index that starts with org_id.
  for (const table of TABLES_NEEDING_ORG_INDEX) await index(db, table, ["org_id"]);
}

const TABLES_NEEDING_ORG_INDEX = [
  "context_issues",
  "interested_parties",
  "risk_assets",
  "treatment_actions",
  "measurements",
  "corrective_actions",
];
