import type { PolicyTemplate } from "./types.js";

export const incidentManagementPolicy: PolicyTemplate = {
  key: "incident-management",
  title: "Information security incident management policy",
  kind: "topic-specific",
  controls: ["5.5", "5.24", "5.25", "5.26", "5.27", "5.28", "6.8"],
  clauses: ["10.2"],
  reviewMonths: 12,
  summary:
    "Sets how security events are reported, assessed and handled, who decides what, when authorities and customers are told, and how lessons are learned.",
  body: `# Information security incident management policy

Organization: {{organization}} · Owner: {{owner}} · Approved by: {{approver}} · Effective: {{effectiveDate}}

## Purpose

Incidents will happen. What matters is that {{organization}} hears about them quickly, responds in a calm and organized way, meets its legal and contractual duties to notify others, and comes out stronger. This policy sets the rules; the incident response procedure and playbooks give the step-by-step detail.

## Scope

This policy applies within the ISMS scope: {{scope}}. It covers any event that could affect the confidentiality, integrity or availability of our information or services, whether it starts with us, a supplier or a customer, and whether it is accidental or deliberate.

## Definitions

- **Security event:** something observed that might indicate a problem (an alert, a suspicious email, an unusual login).
- **Security incident:** an event, or series of events, assessed as likely to harm our information, services or the people whose data we hold.
- **Personal data breach:** an incident affecting personal data, which may have legal notification deadlines.

## Roles and responsibilities

- **Everyone** reports suspected events at once and does not try to investigate on their own.
- **The incident coordinator** ({{owner}} or a named deputy) assesses reports, decides whether an incident is declared, leads the response and keeps the record.
- **The response team** (IT, the affected system owners, and others as needed, such as legal, communications or the data protection contact) contains and fixes the problem.
- **Top management** ({{approver}}) decides on external communication, notification and significant business measures for high-severity incidents.

Contact details for the coordinator, deputies, key suppliers, insurers, legal advisers and the relevant authorities are kept current in the incident contact list.

## Rules

### Reporting

1. Report suspected events straight away through the agreed channel (for example a dedicated email address, chat channel or phone number), and in any case within one hour of noticing them.
2. Examples: a lost device, a phishing link clicked, information sent to the wrong person, malware warnings, unusual account activity, a supplier telling us of a breach, a weakness in a system.
3. Reporting in good faith is never punished, even if the reporter caused the event.
4. Customers and external parties can report security issues through a published contact address.

### Assessment and classification

The coordinator assesses each report promptly, records it, and decides whether it is an incident. Incidents are given a severity:

- **High:** Confidential or Restricted information exposed, critical service down, or possible legal notification. Management is informed immediately.
- **Medium:** limited impact, contained to a few systems or users.
- **Low:** minor, handled within normal operations.

### Response

1. Contain first: isolate affected devices, disable compromised accounts, block malicious senders, preserve what is needed for investigation.
2. Then eradicate the cause and recover services from known-good state, checking that the attacker's access is gone.
3. Keep a time-stamped log of actions and decisions throughout.
4. Communicate inside the organization on a need-to-know basis; external statements are approved by top management.

### Evidence

Where an incident may lead to legal, disciplinary or insurance action, evidence (logs, disk images, emails) is collected and preserved in a way that keeps it reliable: copies are made before changes, handling is recorded, and originals are kept secure. For serious cases, a specialist forensic firm is engaged rather than investigating in-house.

### Notification

1. Personal data breaches are assessed against data protection law; where required, the supervisory authority is notified within the legal deadline (for example 72 hours under the GDPR) and affected individuals are informed.
2. Customers and partners are notified as required by contracts.
3. Law enforcement, regulators or the national cybersecurity authority are contacted where the law requires it or it helps.
4. The insurer is notified as the policy requires.

### Learning

Every high and medium incident gets a short, blame-free review within two weeks of closure: what happened, what worked, what did not, and what we will change. Actions are tracked to completion, and recurring themes feed into risk assessment and awareness training. Incident trends are reported at management review.

### Preparation

The response procedure is rehearsed at least once a year through a tabletop exercise based on a realistic scenario, such as ransomware or a cloud account takeover.

Larger organizations usually add a 24/7 on-call rota, a security operations centre or managed detection service, and a retained incident response firm.

## Exceptions

This policy does not allow exceptions to reporting. Other deviations need approval from {{owner}} and are recorded.

## Compliance

Incident records, exercise reports and review actions are checked at internal audit. Failing to report a known incident may lead to disciplinary action.

## Review

This policy is reviewed at least every twelve months and after any high-severity incident.

## Related documents

- Information security policy
- Incident response procedure and playbooks
- Incident contact list
- Incident register
- Business continuity and ICT readiness policy
- Logging and monitoring policy
`,
};
