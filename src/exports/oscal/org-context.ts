/**
 * What every organization-level OSCAL document starts from: the organization as a party, the
 * export time, the system identity and the SoA version the documents describe.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { notFound } from "../../domain/errors.js";
import type { SoaState } from "../../modules/soa/soa.service.js";
import { fileResource, OSCAL_FILES, oneLine, orgUuid } from "./common.js";
import type { OscalParty, OscalResource } from "./types.js";

export interface OrgDocumentOptions {
  /** The time written as last-modified (default: now). */
  now?: Date;
}

export interface OrgContext {
  orgId: string;
  name: string;
  party: OscalParty;
  now: Date;
  /** The system (the ISMS) as identified in the SSP and the POA&M. */
  systemId: { "identifier-type": string; id: string };
  /** The SSP's one component: the ISMS in its scope. */
  thisSystemUuid: string;
}

export async function loadOrgContext(
  db: Kysely<Database>,
  orgId: string,
  options: OrgDocumentOptions,
): Promise<OrgContext> {
  const org = await db
    .selectFrom("organizations")
    .select(["id", "name"])
    .where("id", "=", orgId)
    .executeTakeFirst();
  if (!org) throw notFound(`organization ${orgId}`);
  const name = oneLine(org.name);
  return {
    orgId,
    name,
    party: { uuid: orgUuid(orgId, "party"), type: "organization", name },
    now: options.now ?? new Date(),
    systemId: { "identifier-type": "https://ietf.org/rfc/rfc4122", id: orgUuid(orgId, "system") },
    thisSystemUuid: orgUuid(orgId, "component:this-system"),
  };
}

/** "SoA v3", "SoA v3 with unapproved changes" or "SoA draft (not approved yet)". */
export function soaVersionLabel(soa: Pick<SoaState, "latestVersion" | "changedSinceLatest">): string {
  if (soa.latestVersion === null) return "SoA draft (not approved yet)";
  return `SoA v${soa.latestVersion}${soa.changedSinceLatest ? " with unapproved changes" : ""}`;
}

/** A back-matter resource for another document of the same organization. */
export function orgFileResource(ctx: OrgContext, kind: "profile" | "ssp"): OscalResource {
  const title =
    kind === "profile"
      ? `${ctx.name}: Statement of Applicability (OSCAL profile)`
      : `${ctx.name}: ISMS system security plan (OSCAL SSP)`;
  return fileResource(
    orgUuid(ctx.orgId, `resource:${kind}`),
    kind,
    title,
    `Exported as ${OSCAL_FILES[kind]}.`,
  );
}

/** "2025-03-01" from a Date, in UTC. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
