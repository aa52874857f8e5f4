import type { PolicyTemplate } from "./types.js";

export const remoteWorkingPolicy: PolicyTemplate = {
  key: "remote-working",
  title: "Remote working and mobile device policy",
  kind: "topic-specific",
  controls: ["6.7", "7.7", "7.9", "8.1", "8.7", "8.20"],
  clauses: [],
  reviewMonths: 12,
  summary:
    "Sets the security rules for working away from the office and for the laptops, phones and tablets used to reach the organization's information.",
  body: `# Remote working and mobile device policy

Organization: {{organization}} · Owner: {{owner}} · Approved by: {{approver}} · Effective: {{effectiveDate}}

## Purpose

Staff at {{organization}} work from home, from client sites, while travelling and from their phones. That flexibility is valuable, but it moves information outside the protection of the office. This policy sets the rules that keep information safe wherever work happens, and what every device used for work must meet.

## Scope

This policy applies within the ISMS scope: {{scope}}. It covers all work done outside the organization's premises and all end user devices that access organization information: organization-owned laptops, desktops, phones and tablets, and personal devices used for work ("bring your own device").

## Roles and responsibilities

- **{{owner}}** maintains this policy and the device security baseline.
- **IT** enrols devices in device management, enforces the baseline and can lock or wipe a lost device.
- **Managers** approve remote working arrangements and make sure their team knows this policy.
- **Users** follow this policy, look after their devices and report loss or theft at once.

## Rules

### Device baseline (organization-owned devices)

Every organization-owned laptop, desktop, phone and tablet:

1. is enrolled in device management before use and recorded in the asset inventory;
2. has full-disk encryption switched on;
3. locks automatically after at most five minutes idle and needs a password, PIN or biometric to unlock;
4. receives operating system and application updates automatically, with critical updates installed within 14 days;
5. runs the approved malware protection and has its firewall enabled;
6. can be located, locked and wiped remotely;
7. gives users standard rights, with administrator rights only where approved.

### Personal devices

1. Personal phones and tablets may be used for email, chat and collaboration apps if they meet a minimum: a supported operating system, screen lock, encryption, and enrolment in app-level management so that work data can be removed without touching personal data.
2. Personal computers are not used to access Confidential or Restricted information, except through an approved browser-only or virtual desktop service that stores nothing locally.
3. Work data is not copied to personal storage, personal cloud accounts or personal backups.
4. When a user leaves, work data and apps are removed from their personal devices.

### Working location

1. Work where your screen cannot easily be seen and calls cannot easily be overheard, especially for Confidential matters. Use a privacy screen when working in public places.
2. Lock your device whenever you step away, even at home, and shut it down or lock it away when you are finished.
3. Keep paper to a minimum. Confidential papers are kept locked away at home and shredded, not put in household waste.
4. Do not let family members, friends or others use work devices.

### Networks

1. Home Wi-Fi must use WPA2 or WPA3 with a strong password, and the router's default admin password must be changed.
2. Public Wi-Fi may be used only with the organization's VPN or when all services used are encrypted end to end; a personal phone hotspot is preferred.
3. Access to internal systems that are not exposed to the internet is only through the approved remote access service with multi-factor authentication.

### Travel

1. Keep devices with you in transit; never check them into hold luggage or leave them visible in vehicles.
2. Before travelling to countries with restrictions on encryption or with high risk of device inspection, consult {{owner}}; a travel device with minimal data may be issued.

### Loss or theft

Report a lost or stolen device to IT and {{owner}} immediately, and in any case within one hour, so it can be locked or wiped. Also report it to the police where theft is suspected.

Larger organizations typically add conditional access that blocks devices failing compliance checks, endpoint detection and response, and zero-trust access instead of VPN.

## Exceptions

Exceptions (for example a device that cannot be enrolled) are approved by {{owner}}, recorded with compensating measures and reviewed at least yearly.

## Compliance

Device management compliance reports are reviewed monthly. Non-compliant devices are blocked from organization services until fixed. Breaches are handled under the disciplinary process.

## Review

This policy is reviewed at least every twelve months, and when working patterns or device platforms change.

## Related documents

- Information security policy
- Acceptable use policy
- Access control policy
- Cryptography and key management policy
- Information security incident management policy
`,
};
