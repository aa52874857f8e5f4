import type { PolicyTemplate } from "./types.js";

export const backupPolicy: PolicyTemplate = {
  key: "backup",
  title: "Backup policy",
  kind: "topic-specific",
  controls: ["8.13", "7.10", "8.24"],
  clauses: [],
  reviewMonths: 12,
  summary:
    "Sets what is backed up, how often, where copies are kept and how restores are tested, so that information can be recovered after loss, corruption or attack.",
  body: `# Backup policy

Organization: {{organization}} · Owner: {{owner}} · Approved by: {{approver}} · Effective: {{effectiveDate}}

## Purpose

Hardware fails, people delete the wrong thing, software corrupts data and ransomware encrypts it. This policy makes sure {{organization}} keeps copies of its information, software and system configuration that can be restored within the times the business needs, and that we know the restores actually work.

## Scope

This policy applies within the ISMS scope: {{scope}}. It covers the systems and information listed in the asset inventory, whether hosted on our own equipment or in cloud services, including software-as-a-service applications.

A common mistake is to assume a cloud provider backs up our data for us. Many providers protect their platform but not our data against our own deletion or a compromised account. Each cloud service must be checked.

## Roles and responsibilities

- **{{owner}}** maintains this policy and the backup register, and reports on restore test results.
- **System owners** set the recovery needs of their systems (how much data may be lost and how quickly it must be back) and confirm the backup meets them.
- **IT or the responsible administrator** configures and monitors backups, acts on failures and runs restore tests.

## Rules

### What is backed up

1. The backup register lists each system or data set, its owner, what is backed up, frequency, retention, location and the recovery point objective (RPO) and recovery time objective (RTO).
2. Backups cover business information, databases, the configuration needed to rebuild systems (infrastructure code, settings exports), and the keys or credentials needed to read the backups, held separately.
3. Laptops are not the system of record: work files are kept in approved shared or cloud storage that is itself backed up.

### Frequency and retention

1. Frequency follows the RPO. As a starting point: production databases continuously or at least daily; file stores and SaaS data daily; configuration on every change.
2. Retention follows business and legal needs. A typical baseline is daily copies for 30 days and monthly copies for 12 months; records with legal retention periods are kept as the law requires and not longer.

### Protecting the copies

1. At least one copy is kept away from the production environment: a different account, region or provider, so that a single compromised account or site cannot destroy both.
2. At least one copy is immutable or offline for the retention period, to resist ransomware and malicious deletion.
3. Backups are encrypted in transit and at rest, following the cryptography policy. Encryption keys are stored so that they remain available if the main environment is lost.
4. Access to backup systems and to delete or change retention is limited to a small number of named administrators, with multi-factor authentication.
5. Physical media, where still used, are labelled, stored securely and recorded when moved.

### Monitoring

Backup jobs are monitored every working day. Failures are investigated and fixed, and a backup that has failed for more than two consecutive runs is escalated to {{owner}}.

### Restore testing

1. Restores are tested at least every six months for each critical system and yearly for others, by restoring to a separate environment and checking the data is complete and usable.
2. The test records what was restored, how long it took, and whether the RPO and RTO were met. Shortfalls lead to corrective action.
3. At least once a year, the test includes rebuilding a critical system from scratch, as part of business continuity testing.

Larger organizations usually add automated restore verification, separate backup administrators from system administrators, and test restores of a sample of systems every month.

## Exceptions

A system that cannot be backed up as described (for example a SaaS service with no export facility) is recorded as an exception with the risk, compensating measures and the approval of {{owner}}.

## Compliance

Backup monitoring records, the register and restore test reports are reviewed at internal audit. Backup failures that are not acted on are treated as nonconformities.

## Review

This policy and the backup register are reviewed at least every twelve months, and when systems are added or moved.

## Related documents

- Information security policy
- Business continuity and ICT readiness policy
- Cryptography and key management policy
- Backup register and restore test records
- Data retention schedule
`,
};
