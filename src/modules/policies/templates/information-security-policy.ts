import type { PolicyTemplate } from "./types.js";

export const informationSecurityPolicy: PolicyTemplate = {
  key: "information-security-policy",
  title: "Information security policy",
  kind: "top-level",
  controls: ["5.1", "5.2", "5.4", "5.36", "6.3", "6.4"],
  clauses: ["5.1", "5.2", "6.2", "7.3", "7.5", "10.1"],
  reviewMonths: 12,
  summary:
    "States management's direction for information security: why it matters, what the ISMS covers, how objectives are set, and the commitments leadership makes.",
  body: `# Information security policy

| | |
|---|---|
| Organization | {{organization}} |
| Policy owner | {{owner}} |
| Approved by | {{approver}} |
| Effective from | {{effectiveDate}} |

## Purpose

{{organization}} depends on information being available to the right people, correct, and kept away from those who should not have it. Our customers, staff and partners trust us with their data, and our ability to deliver our services depends on the systems that hold it. This policy sets out how top management directs and supports information security, and it is the document every other security policy, procedure and standard in our information security management system (ISMS) hangs from.

## Scope

This policy applies to the ISMS scope: {{scope}}.

It covers all information the organization creates, receives or holds within that scope, in any form, and the people, processes, systems, premises and suppliers that handle it. It applies to employees, contractors, temporary staff and anyone else given access to our information or systems.

## Our commitments

Top management of {{organization}} commits to the following.

- **Fit for our business.** Information security will be run in a way that suits what we do, the risks we face and the expectations of the people we serve. We protect information in proportion to its value and the harm its loss or misuse would cause.
- **Meeting our obligations.** We will identify and meet the information security requirements that apply to us: laws and regulations, contracts with customers and suppliers, and commitments we choose to make, such as certification.
- **Improving continually.** We will keep improving the ISMS: learning from incidents, audits, reviews and changes in our business or threat landscape, and acting on what we learn.
- **Providing resources.** We will give the ISMS the people, time, tools and budget it needs, and make sure those involved are competent.

## Information security objectives

This policy provides the frame within which objectives are set. Each year, and whenever the business changes significantly, management sets measurable information security objectives that are consistent with this policy and informed by the results of risk assessment. Each objective has an owner, the resources it needs, a due date and a way of measuring progress. Objectives and progress are recorded and reviewed at management review.

Typical objectives for an organization of our size include: closing high risks by an agreed date, completing security awareness training for all staff, restoring critical services within their target times in a test, and resolving critical vulnerabilities within a set number of days.

## How we manage information security

- We assess information security risks in a consistent, repeatable way and treat them according to the risk acceptance criteria approved by management.
- We select controls from ISO/IEC 27001 Annex A and elsewhere to treat those risks, and we record the decisions in the Statement of Applicability.
- Topic-specific policies (for example access control, acceptable use, backup and incident management) set out the rules in more detail. They must be consistent with this policy.
- We check that the controls work, through monitoring, internal audit and management review.

## Roles and responsibilities

- **Top management** ({{approver}}) approves this policy, sets objectives, provides resources and reviews the ISMS at planned intervals.
- **The policy owner** ({{owner}}) maintains this policy and the ISMS, coordinates risk assessment, reports on performance to top management, and is the first point of contact for security questions.
- **Managers** make sure their teams know and follow the policies that apply to them, and that security is considered when work changes.
- **Everyone** within scope follows the security policies, completes the training assigned to them, protects the information they handle and reports suspected incidents or weaknesses promptly.

In a larger organization these roles are usually split further, for example with a security committee, a dedicated security team and named owners for each topic-specific policy.

## Communication and availability

This policy is published where all staff can find it, is part of onboarding, and must be acknowledged by everyone within scope when they join and after any significant change. It is made available to interested parties, such as customers and auditors, on request or where the organization decides it is appropriate.

## Exceptions

Where a rule in this policy or a topic-specific policy cannot be followed, the person responsible requests an exception from the policy owner. The request states the reason, the risk, any compensating measures and an end date. Exceptions are approved by management according to the risk involved, recorded, and reviewed before they expire.

## Compliance

Compliance with this policy and the topic-specific policies is checked through monitoring, internal audit and management review. Breaches are handled proportionately: most are fixed through guidance and training, but a deliberate or serious breach may lead to the disciplinary process, the end of a contract, or legal action.

## Review

The policy owner reviews this policy at least every twelve months, and sooner after a significant change to the business, the scope, the law or the threats we face, or after a serious incident. Changes are approved by top management and communicated to everyone within scope.

## Related documents

- ISMS scope statement
- Risk assessment and treatment methodology
- Statement of Applicability
- Information security objectives and their measures
- Topic-specific information security policies
- Roles and responsibilities matrix
`,
};
