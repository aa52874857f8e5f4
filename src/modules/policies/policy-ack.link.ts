/**
 * The public side of acknowledgement: a person without an account opens their one-time link,
 * reads the exact version they are asked about and acknowledges it. The link's secret is stored
 * only as a hash, works once, and names one person and one version.
 */
import { createHash } from "node:crypto";
import { notFound } from "../../domain/errors.js";
import { type Db, orgScope } from "../scope.js";
import { publishedOf, versionsOf } from "./policy.views.js";
import type { ClientInfo } from "./policy-ack.service.js";

const GONE = "this link is not valid: it was already used, replaced by a newer one, or mistyped";

async function find(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound(GONE);
  const hash = createHash("sha256").update(token).digest("hex");
  const ack = await db.selectFrom("policyAcks").selectAll().where("tokenHash", "=", hash).executeTakeFirst();
  if (!ack) throw notFound(GONE);
  const scope = orgScope(db, ack.orgId, "system");
  const asked = await scope.read.get("policyVersions", ack.versionId);
  const doc = asked && (await scope.read.get("documents", asked.documentId));
  if (!asked || !doc) throw notFound(GONE);
  // The version in force: the one asked about, or a minor revision of it published since.
  const current = publishedOf(await versionsOf(scope.read, doc));
  if (!current || current.ackVersionId !== ack.versionId) throw notFound(GONE);
  const org = await db
    .selectFrom("organizations")
    .select("name")
    .where("id", "=", ack.orgId)
    .executeTakeFirstOrThrow();
  return { ack, current, org: org.name };
}

/** What the person sees before acknowledging. */
export async function readAckToken(db: Db, token: string) {
  const { ack, current, org } = await find(db, token);
  return {
    organization: org,
    title: current.title,
    version: current.number,
    effectiveFrom: current.effectiveFrom,
    content: current.content,
    contentSha256: current.contentSha256,
    person: ack.person,
    acknowledgedAt: ack.acknowledgedAt,
  };
}

export async function acknowledgeByToken(db: Db, token: string, client: ClientInfo) {
  const { ack, current } = await find(db, token);
  const acknowledgedAt = new Date().toISOString();
  await orgScope(db, ack.orgId, `link:${ack.email ?? ack.person}`).write((w) =>
    w.update("policyAcks", ack.id, ack.version, {
      acknowledgedAt,
      ackedSha256: current.contentSha256,
      via: "link",
      tokenHash: null,
      clientIp: client.ip ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    }),
  );
  return { acknowledgedAt };
}
