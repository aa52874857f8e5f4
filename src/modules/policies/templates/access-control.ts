import type { PolicyTemplate } from "./types.js";

export const accessControlPolicy: PolicyTemplate = {
  key: "access-control",
  title: "Access control policy",
  kind: "topic-specific",
  controls: ["5.15", "5.16", "5.17", "5.18", "8.2", "8.3", "8.5", "8.18"],
  clauses: [],
  reviewMonths: 12,
  summary:
    "Sets the rules for who may access which information and systems, how identities and credentials are managed, and how access is granted, reviewed and removed.",
  body: `# Access control policy

Organization: {{organization}} · Owner: {{owner}} · Approved by: {{approver}} · Effective: {{effectiveDate}}

## Purpose

Access to information and systems at {{organization}} is limited to the people and services that need it for their work. This policy sets how identities are created, how people prove who they are, how access rights are granted, changed, reviewed and removed, and how powerful (privileged) access is kept under tighter control.

## Scope

This policy applies within the ISMS scope: {{scope}}. It covers every system, application, cloud service, network and physical or shared storage that holds our information, and every account on them: employees, contractors, suppliers, service accounts and automated integrations.

## Principles

- **Need to know and least privilege.** People get the access their role requires and no more. Broad access "just in case" is not granted.
- **Deny by default.** Anything not explicitly granted is not allowed.
- **One person, one identity.** Every account is tied to a named person or, for service accounts, to a named owner. Shared accounts are not used unless there is no alternative and the exception is recorded.
- **Segregation.** Where one person could both make and approve a sensitive change (for example paying a supplier, or granting themselves access), the steps are split between people or checked afterwards.

## Roles and responsibilities

- **{{owner}}** maintains this policy, the access review schedule and the list of privileged accounts.
- **System owners** decide who may access their system and at what level, approve requests and carry out reviews.
- **Line managers** request access for joiners and movers and tell IT promptly when someone leaves or changes role.
- **IT or the system administrator** creates, changes and removes accounts only on an approved request, and keeps a record.
- **Users** protect their credentials and use only the access they were given.

## Rules

### Joiners, movers and leavers

1. Access is requested by the line manager, approved by the system owner and recorded (ticket, form or the identity provider's workflow).
2. Standard access for each role is defined in a role profile so that joiners get a consistent, minimal set.
3. When someone changes role, access no longer needed is removed within five working days of the move.
4. When someone leaves, all their accounts are disabled no later than the end of their last working day, and immediately if the departure is not amicable. Shared secrets they knew are changed.
5. Accounts unused for 90 days are disabled and reviewed.

### Authentication

1. A central identity provider with single sign-on is used wherever a service supports it.
2. Multi-factor authentication is required for email, the identity provider, remote access, cloud consoles, source code hosting, and any system holding confidential information.
3. Passwords are at least 12 characters, are not reused across services, and are stored in the approved password manager. Forced periodic changes are not required; a password is changed at once if it may have been exposed.
4. Initial and reset credentials are delivered securely and must be changed at first use.
5. Authentication information is never shared, written down in the open, sent in plain email or chat, or stored in source code.

### Privileged access

1. Administrator rights are granted only to named people who need them, approved by {{owner}}, and listed in the privileged account register.
2. Administrators use a separate account, or an elevation mechanism, for privileged work and their normal account for email and browsing.
3. Privileged accounts always use phishing-resistant multi-factor authentication where the service supports it.
4. Emergency ("break-glass") accounts are kept sealed, tested at least yearly, and every use is reviewed.
5. Utility programs that can bypass system controls are restricted to administrators who need them.

### Access reviews

1. System owners review user access to their systems every six months, and privileged access every three months.
2. Reviews confirm that each account still belongs to a current person with a current need, and that the level of access is right. Findings are acted on and the review is recorded as evidence.

### Restricting access to information

Within systems, access to information is restricted by role, group or project. Confidential information is placed in locations whose access is controlled by group membership rather than by individual sharing links. Public sharing links are disabled for confidential information.

A larger organization would typically add automated provisioning from the HR system, role-based access models approved per department, and privileged access management tooling with session recording.

## Exceptions

Exceptions (for example a shared account on a legacy system that cannot support named users) are requested from {{owner}} with a reason, compensating measures and an end date, and are recorded in the exceptions register.

## Compliance

Access reviews, the privileged account register and identity provider logs are used to check compliance. Misuse of access or credentials is handled under the disciplinary process, or under contract for third parties.

## Review

This policy is reviewed at least every twelve months and after significant changes to systems, the organization, or an access-related incident.

## Related documents

- Information security policy
- Acceptable use policy
- Joiner, mover and leaver procedure
- Privileged account register and access review records
- Logging and monitoring policy
`,
};
