import type { PolicyTemplate } from "./types.js";

export const assetManagementPolicy: PolicyTemplate = {
  key: "asset-management",
  title: "Asset management and information classification policy",
  kind: "topic-specific",
  controls: ["5.9", "5.10", "5.12", "5.13", "5.14", "7.10", "7.14", "8.10"],
  clauses: [],
  reviewMonths: 12,
  summary:
    "Sets how information and the assets that hold it are inventoried, owned, classified, labelled, handled and disposed of.",
  body: `# Asset management and information classification policy

Organization: {{organization}} · Owner: {{owner}} · Approved by: {{approver}} · Effective: {{effectiveDate}}

## Purpose

{{organization}} cannot protect what it does not know it has. This policy makes sure that our information and the assets that hold or process it are known, have an owner, and are protected according to how sensitive they are, from creation until secure disposal.

## Scope

This policy applies within the ISMS scope: {{scope}}. It covers information in any form (electronic, paper, spoken) and the associated assets: devices, removable media, software, cloud services, systems and the people and suppliers that hold key knowledge.

## Roles and responsibilities

- **{{owner}}** maintains this policy and the asset inventory process.
- **Asset owners** (a named person or role for each asset) keep their entries accurate, set the classification, approve access and make sure the asset is protected and disposed of properly.
- **IT** records devices and software, and handles secure wiping and disposal.
- **Everyone** handles information according to its classification.

## Asset inventory

1. The inventory records, for each asset: a name, type, owner, location or service, classification, and the business processes that depend on it. For devices it also records serial number, user and encryption status.
2. Devices and cloud services are added when they are acquired and removed when they are disposed of. Where possible, entries are kept current from management tools (device management, identity provider, cloud billing) rather than by hand.
3. Asset owners confirm their entries at least once a year. Discrepancies found during audits or incidents are corrected promptly.
4. Information assets are recorded at a useful level (for example "customer database", "HR records", "source code"), not file by file.

## Classification scheme

Information is classified by the harm its disclosure, change or loss could cause:

| Level | Meaning | Examples |
|---|---|---|
| **Public** | Approved for anyone to see. | Website content, published brochures |
| **Internal** | For staff and authorised contractors; little harm if disclosed. | Internal procedures, org chart |
| **Confidential** | Disclosure would harm the organization, customers or individuals. | Customer data, contracts, personal data, financial results |
| **Restricted** | Serious harm; a small, named group only. | Credentials and keys, board matters, special category personal data |

The creator or owner sets the classification. If unsure, choose the higher level and ask. Classification is reviewed when the information's sensitivity changes (for example after a public announcement).

Four levels are enough for most small and mid-sized organizations. Larger organizations, or those with government or defence customers, may need to map their scheme to those of their partners.

## Labelling

1. Documents classified Confidential or Restricted show their level in the header, footer, title or file metadata.
2. Systems and shared locations that hold mostly one level of information may be labelled as a whole instead of each file.
3. Internal is the default and need not be labelled. Public information is labelled only where confusion is likely.

## Handling rules

| | Internal | Confidential | Restricted |
|---|---|---|---|
| Storage | Approved services | Approved services with access limited by group | Named individuals only; encrypted |
| Sharing inside | Any staff | People who need it | Named people, approved by owner |
| Sharing outside | With a business need | Encrypted or secure share, under agreement | Only with owner's approval, encrypted |
| Printing | Allowed | Collect at once; keep secured | Avoid; if needed, keep locked away |
| Disposal | Normal deletion | Secure deletion / shredding | Secure deletion / cross-cut shredding, recorded |

## Removable media

Removable media are used only when there is no approved alternative. Media holding Confidential or Restricted information are encrypted, kept physically secure and recorded when sent outside the organization.

## Disposal and re-use

1. Before a device or media is re-used or disposed of, information is securely erased with an approved method or the storage is physically destroyed.
2. Disposal of devices that held Confidential or Restricted information is recorded; where a disposal company is used, a certificate of destruction is kept.
3. Information is deleted when it is no longer needed, in line with retention rules and legal requirements.

## Return of assets

People leaving the organization return all assets. Line managers check the return against the inventory.

## Exceptions

Exceptions are requested from {{owner}} with a reason and an end date, and recorded.

## Compliance

The inventory and handling rules are checked during internal audit and spot checks. Breaches are handled under the disciplinary process or contract.

## Review

This policy is reviewed at least every twelve months and when the classification scheme or the main information stores change.

## Related documents

- Information security policy
- Acceptable use policy
- Asset inventory
- Data retention schedule
- Cryptography and key management policy
`,
};
