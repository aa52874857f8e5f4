import type { PolicyTemplate } from "./types.js";

export const cryptographyPolicy: PolicyTemplate = {
  key: "cryptography",
  title: "Cryptography and key management policy",
  kind: "topic-specific",
  controls: ["8.24", "5.17", "5.31", "5.14"],
  clauses: [],
  reviewMonths: 12,
  summary:
    "Sets when encryption and other cryptographic protection must be used, which algorithms are acceptable, and how keys and certificates are managed through their life.",
  body: `# Cryptography and key management policy

Organization: {{organization}} · Owner: {{owner}} · Approved by: {{approver}} · Effective: {{effectiveDate}}

## Purpose

Cryptography protects the confidentiality and integrity of information where other controls cannot reach: on lost laptops, across the internet, in backups and in the hands of cloud providers. Used carelessly, it gives false comfort or locks us out of our own data. This policy sets when {{organization}} uses cryptography, what "good enough" looks like, and how keys are looked after.

## Scope

This policy applies within the ISMS scope: {{scope}}. It covers encryption of data at rest and in transit, digital signatures, hashing of passwords, and the keys, certificates and secrets used by our systems, whether we manage them ourselves or through a cloud provider.

## Roles and responsibilities

- **{{owner}}** maintains this policy and the register of keys and certificates.
- **System owners** make sure their systems meet this policy and that keys for their systems have a named custodian.
- **Engineers and administrators** use the approved libraries and services and never design their own cryptographic algorithms or protocols.

## Where cryptography is required

1. **Devices.** Full-disk encryption on all laptops, desktops and mobile devices that hold organization information, enforced through device management.
2. **Data in transit.** TLS for all external traffic and for internal traffic carrying Confidential or Restricted information. Email to external parties carrying Confidential information uses an encrypted channel or an approved secure sharing service.
3. **Data at rest in services.** Databases, object storage, file stores and backups holding Confidential or Restricted information are encrypted at rest. Provider-managed encryption is acceptable by default; customer-managed keys are used where a contract, regulation or risk assessment calls for them.
4. **Passwords.** Stored passwords are hashed with a modern, slow, salted password hashing function; never stored in reversible form.
5. **Removable media** holding Confidential information are encrypted.

## Acceptable algorithms

Use only current, widely reviewed algorithms and protocols through well-maintained libraries or platform services. As a baseline at the time of approval:

- Symmetric encryption: AES with 128-bit keys or more, in an authenticated mode such as GCM; or ChaCha20-Poly1305.
- Asymmetric: RSA with at least 3072-bit keys, or elliptic curve schemes such as Ed25519 and ECDSA/ECDH on P-256 or stronger.
- Hashing: SHA-256 or stronger. MD5 and SHA-1 are not used for security purposes.
- Password hashing: Argon2id, scrypt or bcrypt with appropriate work factors.
- Transport: TLS 1.2 or later, with TLS 1.3 preferred; older versions disabled.

{{owner}} reviews this list yearly against current guidance from national cybersecurity agencies, and plans migration when an algorithm weakens. Larger organizations and those with long-lived secrets should also track post-quantum migration guidance.

## Key management

1. **Generation.** Keys are generated with a secure random source, inside the key management service or hardware module where one is used.
2. **Storage.** Keys and secrets are kept in a key management service, secrets manager or password manager. They are never stored in source code, tickets, chat, or unencrypted configuration files.
3. **Access.** Access to keys is limited to the systems and people that need them, and use of keys by people is logged.
4. **Rotation.** Keys and secrets are rotated on a defined schedule (at least yearly for long-lived keys, or as the service supports) and at once if compromise is suspected or a person with access leaves.
5. **Backup and recovery.** Keys needed to read backups or archived data are themselves backed up securely and separately, so that data is not lost along with a key.
6. **Revocation and destruction.** Compromised or retired keys are revoked and destroyed; data still needed is re-encrypted first.
7. **Certificates.** TLS certificates come from trusted authorities, are tracked with their expiry dates, and are renewed automatically where possible. Expiry is monitored.

## Legal requirements

Some countries restrict the import, export or use of cryptography, or give authorities rights of access. Before using encryption in a new country or shipping encrypted products abroad, {{owner}} checks applicable rules.

## Exceptions

Systems that cannot meet this policy (for example legacy equipment without TLS 1.2) are recorded as exceptions with compensating measures and a plan to remove them, approved by {{owner}}.

## Compliance

Compliance is checked through device management reports, configuration scans, secret scanning of code repositories and internal audit. A secret found in code is treated as compromised and rotated.

## Review

This policy is reviewed at least every twelve months and when a relevant algorithm weakness is published.

## Related documents

- Information security policy
- Asset management and information classification policy
- Backup policy
- Secure development policy
- Key and certificate register
`,
};
