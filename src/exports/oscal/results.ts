/**
 * Completed internal audits as OSCAL assessment results, and open risk treatment actions and
 * corrective actions as an OSCAL plan of action and milestones (POA&M).
 */
import type { Kysely } from "kysely";
import { getClause, getControl } from "../../catalog/index.js";
import type { Database } from "../../db/schema.js";
import { OrgReader } from "../../db/store.js";
import { conflict } from "../../domain/errors.js";
import { listAudits } from "../../modules/management/audit-programme.service.js";
import { listRisks, type RiskView } from "../../modules/risks/risk.service.js";
import { clean, controlToken, dateTime, metadata, orgUuid, prop, refLabel, refToken } from "./common.js";
import {
  isoDay,
  loadOrgContext,
  type OrgContext,
  type OrgDocumentOptions,
  orgFileResource,
} from "./org-context.js";
import type {
  OscalAssessmentResults,
  OscalFinding,
  OscalObject,
  OscalPoam,
  OscalPoamItem,
  OscalResult,
} from "./types.js";

/** "A.5.18 Access rights", "Clause 7.3 Awareness". */
function refTitle(ref: string): string {
  if (ref.startsWith("clause:")) {
    const clause = getClause(ref);
    return clause ? `Clause ${clause.id} ${clause.title}` : refLabel(ref);
  }
  const control = getControl(ref);
  return control ? `A.${control.id} ${control.title}` : refLabel(ref);
}

type Audit = Awaited<ReturnType<typeof listAudits>>[number];

const FINDING_LABEL: Record<string, string> = {
  major_nc: "Major nonconformity",
  minor_nc: "Minor nonconformity",
  observation: "Observation",
  opportunity: "Opportunity for improvement",
};

function auditResult(ctx: OrgContext, audit: Audit, evidenceByKey: Map<string, string | null>): OscalResult {
  const endDay = audit.completedOn ?? audit.plannedEnd ?? isoDay(ctx.now);
  const startDay = audit.plannedStart && audit.plannedStart <= endDay ? audit.plannedStart : endDay;
  const end = dateTime(endDay, true);
  const controls = audit.scopeRefs.filter((ref) => !ref.startsWith("clause:"));
  const clauses = audit.scopeRefs.filter((ref) => ref.startsWith("clause:"));
  const observations: OscalObject[] = [];
  const findings: OscalFinding[] = audit.findings.map((f) => {
    const observationUuid = orgUuid(ctx.orgId, `observation:${f.key}`);
    const evidence = evidenceByKey.get(f.key)?.trim();
    observations.push({
      uuid: observationUuid,
      title: `Audit evidence for ${f.key}`,
      description: evidence || f.description,
      methods: [evidence ? "EXAMINE" : "UNKNOWN"],
      types: ["finding"],
      collected: end,
    });
    const nonconformity = f.findingType.endsWith("_nc");
    const label = FINDING_LABEL[f.findingType] ?? f.findingType;
    return {
      uuid: orgUuid(ctx.orgId, `finding:${f.key}`),
      title: `${f.key}: ${label}${f.ref ? ` on ${refLabel(f.ref)}` : ""}`,
      description: f.description,
      props: [...prop("finding-type", f.findingType), ...prop("finding-status", f.status)],
      target: {
        type: "objective-id",
        "target-id": f.ref ? refToken(f.ref) : "isms",
        title: f.ref ? refTitle(f.ref) : "The ISMS as a whole",
        status: nonconformity ? { state: "not-satisfied", reason: "fail" } : { state: "satisfied" },
      },
      "related-observations": [{ "observation-uuid": observationUuid }],
    };
  });
  return {
    uuid: orgUuid(ctx.orgId, `result:${audit.id}`),
    title: `${audit.key}: ${audit.title}`,
    description: audit.scope?.trim() || audit.title,
    start: dateTime(startDay),
    end,
    props: [
      { name: "label", value: audit.key },
      ...prop("auditor", audit.auditor),
      ...prop("audit-criteria", audit.criteria),
    ],
    "reviewed-controls": {
      ...(clauses.length
        ? { description: `Clauses in scope: ${clauses.map((c) => c.slice("clause:".length)).join(", ")}.` }
        : {}),
      "control-selections": [
        controls.length
          ? { "include-controls": controls.map((id) => ({ "control-id": controlToken(id) })) }
          : { description: "No Annex A control was in the scope of this audit." },
      ],
    },
    observations,
    findings,
    ...(audit.impartialityException?.trim()
      ? { remarks: `Impartiality exception: ${audit.impartialityException.trim()}` }
      : {}),
  };
}

/** The completed internal audits (ISO/IEC 27001 9.2) with their findings. */
export async function oscalAssessmentResults(
  db: Kysely<Database>,
  orgId: string,
  options: OrgDocumentOptions = {},
): Promise<{ "assessment-results": OscalAssessmentResults }> {
  const ctx = await loadOrgContext(db, orgId, options);
  const [audits, findingRows] = await Promise.all([
    listAudits(db, orgId),
    new OrgReader(db, orgId).list("auditFindings"),
  ]);
  const completed = audits.filter((a) => a.status === "completed");
  if (!completed.length) throw conflict("no internal audit is completed yet: nothing to export");
  const evidenceByKey = new Map(findingRows.map((f) => [f.key, f.evidence]));
  const programme = {
    uuid: orgUuid(orgId, "resource:audit-programme"),
    title: "Internal audit programme",
    description:
      "The internal audit programme (ISO/IEC 27001:2022 clause 9.2) kept in ISMS Copilot. It is not " +
      "exported as an OSCAL assessment plan; the scope of each audit is in its reviewed controls.",
  };
  const results: OscalAssessmentResults = {
    uuid: orgUuid(orgId, "assessment-results"),
    metadata: metadata({
      title: `${ctx.name}: internal ISMS audit results`,
      version: isoDay(ctx.now),
      now: ctx.now,
      party: ctx.party,
      props: prop("completed-audits", completed.length),
    }),
    "import-ap": { href: `#${programme.uuid}` },
    results: completed.map((audit) => auditResult(ctx, audit, evidenceByKey)),
    "back-matter": { resources: [programme, orgFileResource(ctx, "ssp")] },
  };
  return { "assessment-results": clean(results) };
}

const OPEN_ACTION = new Set(["open", "in_progress"]);

/** Our risk statuses as OSCAL risk statuses. */
const RISK_STATUS: Record<string, string> = {
  open: "open",
  treatment: "remediating",
  accepted: "deviation-approved",
  closed: "closed",
};

const dueText = (owner: string | null, dueOn: string | null, status: string) =>
  [owner && `Owner: ${owner}.`, dueOn && `Due on ${dueOn}.`, `Status: ${status.replace("_", " ")}.`]
    .filter(Boolean)
    .join(" ");

function actionProps(owner: string | null, dueOn: string | null, status: string, today: string) {
  return [
    ...prop("owner", owner),
    ...prop("due-on", dueOn),
    ...prop("action-status", status),
    ...(dueOn && dueOn < today ? prop("overdue", "true") : []),
  ];
}

function oscalRisk(ctx: OrgContext, risk: RiskView, open: RiskView["actions"]): OscalObject {
  const dues = open.map((a) => a.dueOn).filter((d): d is string => !!d);
  const statement = [
    risk.threat && `Threat: ${risk.threat}`,
    risk.vulnerability && `Vulnerability: ${risk.vulnerability}`,
    risk.consequence && `Consequence: ${risk.consequence}`,
  ].filter((s): s is string => !!s);
  return {
    uuid: orgUuid(ctx.orgId, `risk:${risk.id}`),
    title: `${risk.key}: ${risk.title}`,
    description: risk.description?.trim() || risk.title,
    statement: statement.length ? statement.join("\n\n") : risk.description?.trim() || risk.title,
    props: [
      { name: "label", value: risk.key },
      ...prop("risk-owner", risk.owner),
      ...prop("inherent-score", risk.inherent?.score),
      ...prop("inherent-level", risk.inherent?.level),
      ...prop("residual-score", risk.residual?.score),
      ...prop("residual-level", risk.residual?.level),
      ...prop("risk-status", risk.status),
      ...prop("treatment", risk.treatment),
      ...risk.controls.flatMap((id) => prop("planned-control", `A.${id}`)),
    ],
    status: RISK_STATUS[risk.status] ?? "open",
    ...(dues.length ? { deadline: dateTime([...dues].sort()[0] ?? "", true) } : {}),
    remediations: open.map((a) => ({
      uuid: orgUuid(ctx.orgId, `response:${a.id}`),
      lifecycle: "planned",
      title: a.title,
      description: dueText(a.owner, a.dueOn, a.status),
      tasks: a.dueOn
        ? [
            {
              uuid: orgUuid(ctx.orgId, `milestone:${a.id}`),
              type: "milestone",
              title: `Due: ${a.title}`,
              timing: { "on-date": { date: dateTime(a.dueOn, true) } },
            },
          ]
        : [],
    })),
  };
}

/** Open risk treatment actions and open corrective actions as a plan of action and milestones. */
export async function oscalPoam(
  db: Kysely<Database>,
  orgId: string,
  options: OrgDocumentOptions = {},
): Promise<{ "plan-of-action-and-milestones": OscalPoam }> {
  const ctx = await loadOrgContext(db, orgId, options);
  const today = isoDay(ctx.now);
  const reader = new OrgReader(db, orgId);
  const [risks, ncs, correctiveActions, findings] = await Promise.all([
    listRisks(db, orgId),
    reader.list("nonconformities", {}, "key"),
    reader.list("correctiveActions", {}, "dueOn"),
    reader.list("auditFindings"),
  ]);

  const risksOut: OscalObject[] = [];
  const items: OscalPoamItem[] = [];
  for (const risk of risks) {
    const open = risk.actions.filter((a) => OPEN_ACTION.has(a.status));
    if (!open.length) continue;
    const oscal = oscalRisk(ctx, risk, open);
    risksOut.push(oscal);
    for (const action of open) {
      items.push({
        uuid: orgUuid(orgId, `poam-item:treatment:${action.id}`),
        title: action.title,
        description: `Risk treatment action for ${risk.key} (${risk.title}). ${dueText(action.owner, action.dueOn, action.status)}`,
        props: [
          ...prop("source", "risk-treatment"),
          ...prop("risk", risk.key),
          ...actionProps(action.owner, action.dueOn, action.status, today),
        ],
        "related-risks": [{ "risk-uuid": oscal.uuid as string }],
      });
    }
  }
  const findingKey = new Map(findings.map((f) => [f.id, f.key]));
  for (const nc of ncs.filter((n) => n.status !== "closed")) {
    for (const action of correctiveActions.filter(
      (a) => a.nonconformityId === nc.id && OPEN_ACTION.has(a.status),
    )) {
      items.push({
        uuid: orgUuid(orgId, `poam-item:corrective:${action.id}`),
        title: action.description,
        description: [
          `Corrective action for nonconformity ${nc.key}: ${nc.description}`,
          ...(nc.rootCause?.trim() ? [`Root cause: ${nc.rootCause.trim()}`] : []),
          dueText(action.owner, action.dueOn, action.status),
        ].join("\n\n"),
        props: [
          ...prop("source", "corrective-action"),
          ...prop("nonconformity", nc.key),
          ...prop("nonconformity-source", nc.source),
          ...prop("audit-finding", nc.findingId ? findingKey.get(nc.findingId) : null),
          ...actionProps(action.owner, action.dueOn, action.status, today),
        ],
      });
    }
  }
  if (!items.length) throw conflict("no open risk treatment or corrective action: nothing to export");
  const sspResource = orgFileResource(ctx, "ssp");
  const poam: OscalPoam = {
    uuid: orgUuid(orgId, "poam"),
    metadata: metadata({
      title: `${ctx.name}: plan of action and milestones (open ISMS actions)`,
      version: today,
      now: ctx.now,
      party: ctx.party,
      props: [...prop("open-items", items.length)],
    }),
    "import-ssp": { href: `#${sspResource.uuid}` },
    "system-id": ctx.systemId,
    risks: risksOut,
    "poam-items": items,
    "back-matter": { resources: [sspResource] },
  };
  return { "plan-of-action-and-milestones": clean(poam) };
}
