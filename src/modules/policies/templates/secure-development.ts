import type { PolicyTemplate } from "./types.js";

export const secureDevelopmentPolicy: PolicyTemplate = {
  key: "secure-development",
  title: "Secure development policy",
  kind: "topic-specific",
  controls: ["8.4", "8.8", "8.25", "8.26", "8.27", "8.28", "8.29", "8.30", "8.31", "8.32", "8.33"],
  clauses: [],
  reviewMonths: 12,
  summary:
    "Sets the security rules for designing, building, testing, releasing and changing software and systems, whether developed in-house or by others.",
  body: `# Secure development policy

Organization: {{organization}} · Owner: {{owner}} · Approved by: {{approver}} · Effective: {{effectiveDate}}

## Purpose

Fixing a security flaw costs least when it is caught at design time and most after it reaches customers. This policy builds security into the way {{organization}} plans, writes, reviews, tests and releases software, without slowing teams down more than the risk justifies.

## Scope

This policy applies within the ISMS scope: {{scope}}. It covers software and infrastructure code developed by or for the organization, its configuration, and the environments and pipelines used to build and run it. It also covers outsourced development and significant configuration of third-party platforms.

## Roles and responsibilities

- **{{owner}}** maintains this policy and the secure coding standard, and advises on security design.
- **Engineering leads** make sure their teams follow this policy and that security work is planned alongside features.
- **Developers** write secure code, review each other's changes and fix security findings within the agreed times.
- **Product owners** include security requirements in what they ask for and accept the residual risk of releases.

## Rules

### Requirements and design

1. Security requirements are identified for every new system and significant feature: who may access what, what data is handled and its classification, logging, legal requirements such as privacy, and how the feature could be abused.
2. Significant designs (new services, new external interfaces, changes to authentication or data storage) get a lightweight threat model and are reviewed by someone with security knowledge before build.
3. Designs follow established principles: least privilege, secure defaults, defence in depth, validation of all input, and failing safely.

### Coding

1. Developers follow the secure coding standard, based on a recognised source such as the OWASP guidance, covering input validation, output encoding, authentication, session handling, error handling and use of cryptography.
2. Secrets are never committed to repositories; secret scanning runs on every push.
3. Third-party libraries come from trusted registries, are pinned, and are scanned for known vulnerabilities. Unmaintained or unnecessary dependencies are removed.
4. Developers receive secure coding training when they join and a refresher at least yearly.

### Source code

1. Source code is held in the approved code hosting service with access limited to those who need it, multi-factor authentication and branch protection on main branches.
2. Write access for contractors is time-limited and reviewed.

### Review and testing

1. Every change to production code is reviewed by at least one person other than the author before merge.
2. Automated checks run in the pipeline: static analysis, dependency scanning and automated tests. A change with unresolved high or critical findings is not released without documented acceptance.
3. Security-relevant features (login, permissions, payments, data export) have tests that check they cannot be bypassed.
4. Internet-facing applications get an independent penetration test at least yearly and after major changes.
5. Security findings are fixed within agreed times, for example critical within 7 days, high within 30 days.

### Environments and test data

1. Development, test and production are separated. Developers do not have standing write access to production; deployment goes through the pipeline.
2. Production personal or Confidential data is not used in development or test. Where real data is unavoidable, it is masked or approved by {{owner}}, protected like production and deleted after use.

### Change management

1. Changes to production systems go through the change process: described, reviewed, tested, approved and reversible. For most code changes the reviewed and merged pull request plus the automated pipeline is the change record.
2. Emergency changes are allowed but are reviewed and recorded afterwards.

### Outsourced development

Where development is outsourced, the contract requires the supplier to follow this policy or an equivalent, gives us access to the code and test results, sets ownership of intellectual property, and allows us to test the delivered software before acceptance.

Larger organizations usually add a security champion in each team, dynamic application security testing, software bills of materials, signed builds and a formal security sign-off before major releases.

## Exceptions

Exceptions (for example releasing with a known medium finding) are approved by the product owner and {{owner}}, recorded with a fix date.

## Compliance

Pipeline results, review records and penetration test reports are evidence of compliance and are checked at internal audit.

## Review

This policy is reviewed at least every twelve months and when the development platform or practices change significantly.

## Related documents

- Information security policy
- Secure coding standard
- Access control policy
- Cryptography and key management policy
- Change management procedure
- Vulnerability management procedure
`,
};
