import type { PolicyTemplate } from "./types.js";

export const loggingMonitoringPolicy: PolicyTemplate = {
  key: "logging-monitoring",
  title: "Logging and monitoring policy",
  kind: "topic-specific",
  controls: ["8.15", "8.16", "8.17", "8.2", "5.28"],
  clauses: [],
  reviewMonths: 12,
  summary:
    "Sets which events are logged, how logs are protected and kept, and how systems and networks are watched so that security problems are noticed and investigated.",
  body: `# Logging and monitoring policy

Organization: {{organization}} · Owner: {{owner}} · Approved by: {{approver}} · Effective: {{effectiveDate}}

## Purpose

Logs tell us what happened; monitoring tells us when something is happening that should not. Without them {{organization}} may not notice an attack until a customer does, and may be unable to say afterwards what was affected. This policy sets what we record, how we keep it trustworthy, and how we watch for trouble, at a level suited to our size.

## Scope

This policy applies within the ISMS scope: {{scope}}. It covers the identity provider, email and collaboration services, cloud platforms, production applications and databases, network and security devices, endpoint protection and the backup system.

## Roles and responsibilities

- **{{owner}}** maintains this policy, decides which alerts are set up, and makes sure they are followed up.
- **System owners** make sure their systems produce and forward the logs this policy requires.
- **IT or the on-duty responder** reviews alerts and escalates possible incidents.
- **Developers** build the required logging into applications.

## Rules

### What is logged

At least the following events are recorded, where the system supports it:

1. successful and failed sign-ins, multi-factor authentication events and account lockouts;
2. creation, change and deletion of accounts, groups, roles and permissions;
3. actions performed with administrator or privileged accounts;
4. changes to security settings, audit settings and system configuration;
5. access to, export of and deletion of Confidential or Restricted information in key applications;
6. alerts from malware protection, email filtering and firewalls;
7. start and stop of systems and of logging itself;
8. backup success and failure.

Each entry records, where possible: time, user or system identity, source address or device, the action, the object and the result.

### What is not logged

Logs must not contain passwords, authentication secrets, full payment card numbers or more personal data than needed. Where personal data is logged, the retention and access rules below apply, and use of logs to monitor staff follows applicable employment and privacy law.

### Protection and retention

1. Logs are sent to a central location (a log management service, the cloud provider's log service, or a security information and event management tool) that administrators of the source systems cannot alter.
2. Access to logs is limited to those who need it, and access to the log platform is itself logged.
3. Logs are kept for at least 12 months, with at least the most recent 90 days readily searchable, unless law or contract requires otherwise.
4. Logs that may be needed as evidence are preserved unaltered, as described in the incident management policy.

### Clock synchronization

All systems take their time from a reliable, agreed time source (for example the cloud provider's time service or public NTP servers) and record time with a time zone, preferably UTC, so that events from different systems can be put in order.

### Monitoring

1. Alerts are set up for at least: sign-ins from unusual locations or impossible travel, repeated failed sign-ins, new privileged accounts or role assignments, disabling of logging or security tools, mass downloads or deletions, malware detections, and signs of ransomware.
2. Alerts are reviewed every working day by a named person, with a deputy for absences. Alerts that may be incidents are handled under the incident management policy.
3. Alerts are tuned so they remain meaningful: a rule that only produces noise is fixed or removed, not ignored.
4. Privileged activity and access review exceptions are reviewed at least monthly.
5. Capacity and availability of key services are monitored so that problems are caught before users notice.

For a small organization, the built-in alerting of the identity provider, email platform, cloud platform and endpoint protection usually covers most of this. Larger organizations typically add a security information and event management platform, a 24/7 security operations service and behaviour analytics.

## Exceptions

Systems that cannot produce or forward the required logs are recorded as exceptions with compensating measures, approved by {{owner}}.

## Compliance

Logging coverage and alert handling are checked at internal audit, and by confirming during incident exercises that the logs needed were available.

## Review

This policy is reviewed at least every twelve months and after incidents where logging or monitoring fell short.

## Related documents

- Information security policy
- Information security incident management policy
- Access control policy
- Secure development policy
- Log source and alert register
`,
};
