/**
 * One organization's ISMS as OSCAL 1.1.3 documents: the Statement of Applicability as a profile of
 * our catalog, the implementation of the applicable controls as a system security plan, and (in
 * results.ts) the internal audits as assessment results and open actions as a POA&M.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { OrgReader } from "../../db/store.js";
import { conflict } from "../../domain/errors.js";
import { listImplementationNotes } from "../../modules/evidence/evidence.service.js";
import { orgScope } from "../../modules/scope.js";
import { getSoa, type SoaEntryView } from "../../modules/soa/soa.service.js";
import {
  CATALOG_RESOURCE_UUID,
  clean,
  controlToken,
  fileResource,
  metadata,
  orgUuid,
  prop,
} from "./common.js";
import {
  loadOrgContext,
  type OrgContext,
  type OrgDocumentOptions,
  orgFileResource,
  soaVersionLabel,
} from "./org-context.js";
import type { OscalByComponent, OscalImplementedRequirement, OscalProfile, OscalSsp } from "./types.js";

export type { OrgDocumentOptions } from "./org-context.js";
export { oscalAssessmentResults, oscalPoam } from "./results.js";

/** "Head of Security" -> "control-owner-head-of-security": one role per owner named in the SoA. */
export function ownerRoleId(owner: string): string {
  const slug = owner
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return `control-owner-${slug || "unnamed"}`;
}

const isApplicable = (e: SoaEntryView) => e.applicable === true;

/** The Statement of Applicability as a profile: the applicable controls of our catalog. */
export async function oscalProfile(
  db: Kysely<Database>,
  orgId: string,
  options: OrgDocumentOptions = {},
): Promise<{ profile: OscalProfile }> {
  const ctx = await loadOrgContext(db, orgId, options);
  const soa = await getSoa(orgScope(db, orgId, "system"));
  const applicable = soa.entries.filter(isApplicable);
  const excluded = soa.entries.filter((e) => e.applicable === false);
  const undecided = soa.entries.filter((e) => e.applicable === null);
  const remarks = [
    excluded.length
      ? `Excluded controls and their justifications:\n\n${excluded
          .map((e) => `- A.${e.controlId} ${e.title}: ${e.justification ?? "no justification recorded"}`)
          .join("\n")}`
      : "No Annex A control is excluded.",
    ...(undecided.length
      ? [`Not decided yet, so not included: ${undecided.map((e) => `A.${e.controlId}`).join(", ")}.`]
      : []),
  ].join("\n\n");
  const profile: OscalProfile = {
    uuid: orgUuid(orgId, "profile"),
    metadata: metadata({
      title: `${ctx.name}: Statement of Applicability (ISO/IEC 27001:2022 Annex A)`,
      version: soaVersionLabel(soa),
      now: ctx.now,
      party: ctx.party,
      props: [
        ...prop("soa-version", soa.latestVersion),
        ...prop("applicable-controls", applicable.length),
        ...prop("excluded-controls", excluded.length),
        ...prop("undecided-controls", undecided.length),
      ],
      remarks,
    }),
    imports: [
      {
        href: `#${CATALOG_RESOURCE_UUID}`,
        "include-controls": applicable.length
          ? [{ "with-ids": applicable.map((e) => controlToken(e.controlId)) }]
          : [],
      },
    ],
    merge: { "as-is": true },
    "back-matter": {
      resources: [
        fileResource(
          CATALOG_RESOURCE_UUID,
          "catalog",
          "ISO/IEC 27001:2022 Annex A with ISMS Copilot guidance",
        ),
      ],
    },
  };
  return { profile: clean(profile) };
}

/** OSCAL implementation states for our SoA statuses. */
const IMPLEMENTATION_STATE: Record<string, string> = {
  implemented: "implemented",
  partial: "partial",
  planned: "planned",
  not_started: "planned",
  not_applicable: "not-applicable",
};

type Note = Awaited<ReturnType<typeof listImplementationNotes>>[number];

function implementationDescription(entry: SoaEntryView, notes: readonly Note[]): string {
  const parts = [
    ...notes.map((n) => `${n.body.trim()}\n\n(${n.author}, ${n.createdAt.slice(0, 10)})`),
    ...(entry.notes?.trim() ? [entry.notes.trim()] : []),
  ];
  if (parts.length) return parts.join("\n\n");
  return `No implementation description recorded yet; the SoA status is ${entry.status.replace("_", " ")}.`;
}

function implementedRequirement(
  ctx: OrgContext,
  entry: SoaEntryView,
  notes: readonly Note[],
): OscalImplementedRequirement {
  const byComponent: OscalByComponent = {
    "component-uuid": ctx.thisSystemUuid,
    uuid: orgUuid(ctx.orgId, `by-component:${entry.controlId}:this-system`),
    description: implementationDescription(entry, notes),
    "implementation-status": {
      state: IMPLEMENTATION_STATE[entry.status] ?? "planned",
      ...(entry.status === "not_started" && { remarks: "Not started yet." }),
    },
    "responsible-roles": entry.owner?.trim() ? [{ "role-id": ownerRoleId(entry.owner) }] : [],
  };
  return {
    uuid: orgUuid(ctx.orgId, `requirement:${entry.controlId}`),
    "control-id": controlToken(entry.controlId),
    props: [
      { name: "label", value: `A.${entry.controlId}` },
      ...prop("soa-status", entry.status),
      ...entry.reasons.flatMap((reason) => prop("applicability-reason", reason)),
      ...prop("control-owner", entry.owner),
      ...entry.risks.flatMap((risk) => prop("treats-risk", risk)),
      ...prop("evidence-items", entry.evidence),
      ...prop("current-evidence-items", entry.currentEvidence),
      ...prop("next-review-on", entry.nextReviewOn),
    ],
    "by-components": [byComponent],
    ...(entry.justification?.trim() ? { remarks: `Justification: ${entry.justification.trim()}` } : {}),
  };
}

/** The ISMS as a system security plan: one implemented requirement per applicable control. */
export async function oscalSsp(
  db: Kysely<Database>,
  orgId: string,
  options: OrgDocumentOptions = {},
): Promise<{ "system-security-plan": OscalSsp }> {
  const ctx = await loadOrgContext(db, orgId, options);
  const [soa, notes, scopes] = await Promise.all([
    getSoa(orgScope(db, orgId, "system")),
    listImplementationNotes(db, orgId),
    new OrgReader(db, orgId).list("scopes"),
  ]);
  const applicable = soa.entries.filter(isApplicable);
  if (!applicable.length)
    throw conflict("no Annex A control is applicable yet: decide the Statement of Applicability first");
  const scope = scopes[0];
  const statement = scope?.statement.trim() || `The information security management system of ${ctx.name}.`;
  // One owner per role id, so "CTO" and "cto" do not make two roles with the same id.
  const owners = [
    ...new Map(
      applicable.flatMap((e) => (e.owner?.trim() ? [[ownerRoleId(e.owner), e.owner.trim()] as const] : [])),
    ).values(),
  ].sort();
  const profileResource = orgFileResource(ctx, "profile");
  const scopeDetails = [
    ["Interfaces", scope?.interfaces],
    ["Dependencies", scope?.dependencies],
    ["Exclusions", scope?.exclusions],
  ].filter((pair): pair is [string, string] => !!pair[1]?.trim());

  const ssp: OscalSsp = {
    uuid: orgUuid(orgId, "ssp"),
    metadata: metadata({
      title: `${ctx.name}: Information security management system (ISO/IEC 27001:2022)`,
      version: soaVersionLabel(soa),
      now: ctx.now,
      party: ctx.party,
      roles: owners.map((owner) => ({
        id: ownerRoleId(owner),
        title: owner,
        description: "Owns Annex A controls in the Statement of Applicability.",
      })),
      props: prop("soa-version", soa.latestVersion),
    }),
    "import-profile": { href: `#${profileResource.uuid}` },
    "system-characteristics": {
      "system-ids": [ctx.systemId],
      "system-name": ctx.name,
      "system-name-short": "ISMS",
      description: statement,
      "security-sensitivity-level": "not-categorized",
      "system-information": {
        "information-types": [
          {
            uuid: orgUuid(orgId, "information-type:isms-scope"),
            title: "Information within the ISMS scope",
            description:
              "All information the organization processes within the scope of its ISMS; its confidentiality, " +
              "integrity and availability needs are assessed in the risk register rather than by category.",
          },
        ],
      },
      status: { state: "operational" },
      "authorization-boundary": { description: scope?.boundaries?.trim() || statement },
      remarks: [
        "ISO/IEC 27001 does not categorize systems by impact level, so no sensitivity level is set; " +
          "information security needs are assessed per risk in the risk register.",
        ...scopeDetails.map(([label, text]) => `${label}: ${text.trim()}`),
      ].join("\n\n"),
    },
    "system-implementation": {
      users: (owners.length ? owners : ["ISMS owner"]).map((owner) => ({
        uuid: orgUuid(orgId, `user:${owner}`),
        title: owner,
        "role-ids": [owners.length ? ownerRoleId(owner) : "owner"],
      })),
      components: [
        {
          uuid: ctx.thisSystemUuid,
          type: "this-system",
          title: `${ctx.name} ISMS`,
          description: statement,
          status: { state: "operational" },
        },
      ],
    },
    "control-implementation": {
      description:
        `How ${ctx.name} implements the ${applicable.length} Annex A controls its Statement of ` +
        `Applicability (${soaVersionLabel(soa)}) declares applicable, from the SoA and implementation notes.`,
      "implemented-requirements": applicable.map((entry) =>
        implementedRequirement(
          ctx,
          entry,
          notes.filter((n) => n.controlId === entry.controlId),
        ),
      ),
    },
    "back-matter": { resources: [profileResource] },
  };
  return { "system-security-plan": clean(ssp) };
}
