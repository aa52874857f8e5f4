import type { PolicyTemplate } from "./types.js";

export const supplierSecurityPolicy: PolicyTemplate = {
  key: "supplier-security",
  title: "Supplier security policy (including cloud services)",
  kind: "topic-specific",
  controls: ["5.19", "5.20", "5.21", "5.22", "5.23"],
  clauses: ["8.1"],
  reviewMonths: 12,
  summary:
    "Sets how suppliers and cloud services are assessed before use, what security terms their agreements contain, and how they are monitored and exited.",
  body: `# Supplier security policy (including cloud services)

Organization: {{organization}} · Owner: {{owner}} · Approved by: {{approver}} · Effective: {{effectiveDate}}

## Purpose

Much of the information {{organization}} is responsible for is held or processed by others: cloud providers, software vendors, outsourced IT, payroll bureaus, consultants. Their security weaknesses become ours. This policy makes sure that suppliers are chosen with security in mind, that agreements say what we need, and that we keep an eye on them for as long as they hold our information.

## Scope

This policy applies within the ISMS scope: {{scope}}. It covers any external party that has access to our information, systems or premises, or that provides a service our operations depend on, including cloud services (SaaS, PaaS, IaaS), and their own subcontractors where relevant.

## Roles and responsibilities

- **{{owner}}** maintains this policy, the supplier register and the assessment questionnaire.
- **The business owner** of each supplier relationship (the person who wants the service) carries out the assessment with {{owner}}'s help, manages the relationship and triggers reviews.
- **Purchasing or finance** makes sure no new supplier that handles our information is paid before it is in the register and approved.
- **Legal or the contract owner** makes sure the security terms are in the agreement.

## Rules

### Supplier register and tiers

Each supplier is recorded with its service, business owner, the information it handles, its tier and its review date. The tier sets the depth of checks:

- **Tier 1 (critical):** holds Confidential or Restricted information, or an outage would stop key operations.
- **Tier 2 (important):** holds Internal information or supports important operations.
- **Tier 3 (low):** no access to our information and easily replaced.

### Before engaging a supplier

1. Tier 1 suppliers provide evidence of security: a current ISO/IEC 27001 certificate with a relevant scope, a SOC 2 Type II report, or answers to our questionnaire with supporting evidence. Gaps are assessed as risks.
2. Tier 2 suppliers answer a short questionnaire or provide a certificate.
3. For cloud services we also check: where data is stored and processed; how the service separates customers; what security features we are responsible for configuring (the shared responsibility split); availability commitments; how we can export our data; and how data is deleted at the end.
4. The assessment and decision are recorded before contract signature or first use of real data.

### What agreements contain

Depending on the tier, agreements or the supplier's accepted terms cover:

- the information involved, its classification and permitted use;
- confidentiality obligations, and a data processing agreement where personal data is involved;
- the security measures the supplier maintains, and our right to evidence of them (reports, certificates, or audit);
- notification of security incidents affecting our information within an agreed time (for example 48 hours);
- rules for subcontractors, including notice of changes to those handling our information;
- service levels, backup and continuity commitments;
- return and secure deletion of our information when the contract ends.

Where a large cloud provider offers only standard terms, we review them against this list and record the residual risk rather than expecting changes.

### Configuring cloud services

Cloud services are configured according to our own policies: single sign-on and multi-factor authentication, least privilege for administrators, logging switched on, and public sharing disabled for Confidential information. The business owner and IT confirm the configuration before go-live.

### Monitoring and review

1. Tier 1 suppliers are reviewed yearly: updated certificates or reports, incidents, service performance and changes to their service or subcontractors. Tier 2 suppliers every two years.
2. Significant changes by a supplier (new data location, acquisition, major incident) trigger an earlier review.
3. Supplier access to our systems is granted under the access control policy, limited in time where possible, and removed when no longer needed.

### Ending a relationship

When a contract ends, access is removed, our information is returned or deleted (with confirmation), and the register is updated. For critical services, an exit plan is kept that says how we would move to another provider.

Larger organizations commonly add continuous external monitoring of supplier security ratings, on-site audits of critical suppliers, and contractual right-to-audit clauses.

## Exceptions

Using a supplier that has not completed assessment, or that fails it, needs the approval of {{approver}} or a delegate, recorded with the risk accepted.

## Compliance

The supplier register is compared with finance records and identity provider applications at least yearly to find unregistered services.

## Review

This policy is reviewed at least every twelve months.

## Related documents

- Information security policy
- Access control policy
- Supplier register and assessment questionnaire
- Data processing agreements
- Business continuity and ICT readiness policy
`,
};
