import type { PolicyTemplate } from "./types.js";

export const acceptableUsePolicy: PolicyTemplate = {
  key: "acceptable-use",
  title: "Acceptable use of information and assets policy",
  kind: "topic-specific",
  controls: ["5.10", "5.11", "5.14", "5.32", "6.8", "7.7", "8.1", "8.7"],
  clauses: [],
  reviewMonths: 12,
  summary:
    "Tells everyone who uses the organization's information, devices and services what is expected of them and what is not allowed.",
  body: `# Acceptable use of information and assets policy

Organization: {{organization}} · Owner: {{owner}} · Approved by: {{approver}} · Effective: {{effectiveDate}}

## Purpose

This policy tells everyone who works with information and equipment at {{organization}} how to use them safely and responsibly. Most security incidents in small and mid-sized organizations start with an everyday action: a link clicked, a file shared with the wrong person, a laptop left unlocked. Clear rules, applied by everyone, prevent most of them.

## Scope

This policy applies within the ISMS scope: {{scope}}. It covers all employees, contractors, temporary staff and third parties who use our information, devices, accounts, networks or services, wherever they work and whether the device belongs to the organization or to them.

## Roles and responsibilities

- **{{owner}}** maintains this policy and answers questions about it.
- **Managers** make sure their team has read and acknowledged it and raise concerns about misuse.
- **Every user** follows it, and asks when unsure rather than guessing.

## Rules

### General use

1. Information and assets of the organization are used for the organization's work. Occasional, reasonable personal use of devices and accounts is allowed if it does not interfere with work, break the law, or put information at risk.
2. Handle information according to its classification label (see the asset management and classification policy). If it has no label, treat it as internal.
3. Do not try to get access to information or systems you have not been given, and do not try to get around security controls such as antivirus, disk encryption, updates or web filtering.

### Accounts and passwords

1. Keep your passwords and authentication codes to yourself; nobody from IT will ever ask for them.
2. Use the approved password manager and multi-factor authentication wherever it is offered.
3. Lock your screen whenever you leave your device, and do not leave confidential papers on your desk or at the printer.

### Email, messaging and the internet

1. Be wary of unexpected messages asking you to click, open, pay or log in. Check through another channel when a request is unusual, especially one involving payments or changes of bank details.
2. Do not forward work information to personal email or personal cloud storage.
3. Do not send, store or access material that is illegal, offensive or harassing.

### Software and services

1. Install software only from approved sources or with IT's agreement. Respect licence terms; do not use pirated software, media or fonts.
2. Use only approved services to store and share work information. New cloud tools, browser extensions and AI assistants must be approved before work information is put into them.
3. Do not enter confidential or personal data into public AI tools unless the tool has been approved for that use.

### Sharing and transferring information

1. Share information only with people who need it, using the approved tools and the narrowest sharing setting that works.
2. Confidential information sent outside the organization is sent encrypted or through an approved secure sharing service, and only when there is an agreement or clear business need.
3. Take care in public places: others can see screens and hear calls.

### Devices

1. Keep organization devices physically secure, never leave them unattended in vehicles or public places, and let updates install promptly.
2. Do not connect unknown USB drives or other devices.
3. Personal devices may be used for work only as allowed by the remote working policy.

### Reporting

Report anything that looks wrong straight away to {{owner}} or the agreed channel: a lost or stolen device, a suspicious message you clicked, information sent to the wrong person, or a weakness you notice. Reporting early is always the right choice; nobody is blamed for reporting in good faith.

### Leaving or changing role

When you leave, return all devices, access cards, documents and other assets, and do not keep copies of organization information. Confidentiality obligations continue after you leave.

## Monitoring

To protect information and meet legal obligations, {{organization}} logs and may review the use of its systems, as described in the logging and monitoring policy and in line with applicable privacy and employment law. Monitoring is proportionate and not used to read private content without a lawful reason.

## Exceptions

Exceptions are requested from {{owner}}, with the reason and the period needed, and are recorded.

## Compliance

All users acknowledge this policy when they join and after significant changes. Breaches are handled proportionately; serious or deliberate misuse may lead to disciplinary action, the end of a contract, or legal action.

## Review

This policy is reviewed at least every twelve months and after relevant incidents or changes in technology.

## Related documents

- Information security policy
- Access control policy
- Asset management and information classification policy
- Remote working and mobile device policy
- Information security incident management policy
`,
};
