import type { PolicyTemplate } from "./types.js";

export const businessContinuityPolicy: PolicyTemplate = {
  key: "business-continuity",
  title: "Business continuity and ICT readiness policy",
  kind: "topic-specific",
  controls: ["5.29", "5.30", "8.13", "8.14"],
  clauses: [],
  reviewMonths: 12,
  summary:
    "Sets how the organization keeps critical activities and the ICT behind them running, or restores them in time, during and after a disruption, without dropping its security.",
  body: `# Business continuity and ICT readiness policy

Organization: {{organization}} · Owner: {{owner}} · Approved by: {{approver}} · Effective: {{effectiveDate}}

## Purpose

A fire, a cloud region outage, a ransomware attack or the loss of a key supplier can stop {{organization}} from serving its customers. This policy makes sure we know which activities matter most, how quickly they must come back, that our ICT can meet those times, and that security is kept up while we are under pressure, when shortcuts are most tempting.

## Scope

This policy applies within the ISMS scope: {{scope}}. It covers the business activities in that scope, the information systems, cloud services, suppliers, premises and people they rely on.

Where the organization already has a business continuity management system (for example to ISO 22301), this policy covers the information security and ICT parts of it and refers to that system for the rest.

## Roles and responsibilities

- **Top management** ({{approver}}) approves recovery priorities and targets, and leads the response to a major disruption.
- **{{owner}}** maintains this policy, the business impact analysis and the ICT continuity plans, and organizes tests.
- **System owners** make sure their systems can meet the agreed recovery targets and keep their recovery instructions current.
- **All staff** know how they will be contacted in a disruption and where the plans are.

## Rules

### Business impact analysis

1. At least yearly, and after major changes, we identify the critical activities and, for each, the maximum time it can be down before the harm becomes unacceptable.
2. For each critical activity we list the systems, data, suppliers, people and locations it depends on, and set a recovery time objective (RTO) and recovery point objective (RPO) for each system.
3. The results are approved by top management and recorded.

### ICT readiness

1. Systems supporting critical activities are designed to meet their RTO and RPO: for example through backups stored separately, redundancy across availability zones or sites, or a documented rebuild from infrastructure code.
2. Single points of failure (one administrator who knows a system, one internet line, one region, one supplier without an alternative) are identified and removed or accepted as risks.
3. Each critical system has recovery instructions that someone other than its usual administrator could follow.
4. Critical suppliers' own continuity commitments are checked under the supplier security policy.

### Continuity plans

The continuity plan says: who declares a disruption and how; how staff, customers and suppliers are contacted; where people work if premises are unavailable; how each critical activity is kept going or restored, in priority order; and when to return to normal. Plans are available offline (printed or on a device not dependent on our systems), because the systems holding them may be down.

### Security during disruption

1. Information security controls stay in force during a disruption. If a control has to be relaxed to keep working (for example using a personal device temporarily), this is approved by {{owner}}, recorded, limited in time and reversed afterwards.
2. Restored systems are checked before they return to service: patched, free of malware, with access rights and logging in place.
3. Emergency access and temporary accounts created during recovery are removed once normal operations resume.

### Testing

1. Plans are tested at least yearly, using a mix of methods suited to our size: a tabletop walk-through of a scenario for the management team, and a technical recovery test of at least one critical system against its RTO and RPO.
2. Test results, gaps and actions are recorded and reported at management review. Plans are updated after each test and each real disruption.

Larger organizations usually run a full business continuity management programme with separate recovery sites, annual full-scale exercises and continuity requirements built into every project.

## Exceptions

Systems that cannot meet their recovery targets are recorded as risks with a treatment plan, approved by top management.

## Compliance

The business impact analysis, plans and test records are reviewed at internal audit.

## Review

This policy, the business impact analysis and the plans are reviewed at least every twelve months and after any significant disruption or change to critical activities.

## Related documents

- Information security policy
- Backup policy
- Supplier security policy
- Information security incident management policy
- Business impact analysis
- Business continuity and ICT recovery plans
`,
};
