/**
 * The demo organization's operational registers: its main suppliers with their assessments and
 * contract terms, a year of incidents (one notification still to send), and the laws and contracts
 * it must meet. Fictional records in the project's own words; dates relative to the demo's day.
 */
import type { Obligation } from "../../domain/operations.js";

const yes = true;

export const SUPPLIERS = [
  {
    name: "Amazon Web Services",
    services: "Cloud infrastructure for production, staging and backups (eu-west-1, eu-west-2)",
    dataCategories: "All customer data; personal data of customers' users",
    criticality: "critical",
    owner: "Tobias Wren",
    cloud: yes,
    shared:
      "AWS runs the data centres, hardware, hypervisors and managed-service software. We configure accounts, IAM, networks, encryption keys, logging and backups, and patch our own images and containers.",
    contract: {
      securityRequirements: yes,
      dataProcessingAgreement: yes,
      breachNotification: yes,
      rightToAudit: false,
      subprocessors: yes,
      exitAndDataReturn: yes,
    },
    assessment: {
      daysAgo: 200,
      method: "soc2",
      document: "SOC 2 Type II report, twelve-month period",
      expiresIn: 165,
      result: "acceptable",
      residual: "low",
    },
    controls: ["5.19", "5.20", "5.22", "5.23"],
  },
  {
    name: "Okta",
    services: "Workforce identity and single sign-on",
    dataCategories: "Staff names, e-mail addresses, sign-in events",
    criticality: "critical",
    owner: "Priya Castellan",
    cloud: yes,
    shared:
      "Okta secures the service; we own the sign-on policies, MFA enrolment, admin roles and the review of access.",
    contract: {
      securityRequirements: yes,
      dataProcessingAgreement: yes,
      breachNotification: yes,
      rightToAudit: false,
      subprocessors: yes,
      exitAndDataReturn: null,
    },
    assessment: {
      daysAgo: 330,
      method: "certificate",
      document: "ISO/IEC 27001 certificate, scope: identity platform",
      expiresIn: 40,
      result: "acceptable",
      residual: "low",
    },
    controls: ["5.19", "5.20", "5.23", "8.5"],
  },
  {
    name: "Northgate Payroll Bureau",
    services: "Monthly payroll processing",
    dataCategories: "Salaries, bank details and tax codes of staff",
    criticality: "high",
    owner: "Hannah Brisk",
    cloud: false,
    shared: null,
    contract: {
      securityRequirements: yes,
      dataProcessingAgreement: yes,
      breachNotification: false,
      rightToAudit: yes,
      subprocessors: null,
      exitAndDataReturn: yes,
    },
    assessment: {
      daysAgo: 300,
      method: "questionnaire",
      document: "Security questionnaire, 42 questions, two follow-ups closed",
      expiresIn: null,
      result: "conditional",
      residual: "medium",
    },
    controls: ["5.19", "5.20", "5.34"],
  },
  {
    name: "Cloudflare",
    services: "DNS, CDN and web application firewall",
    dataCategories: "Request metadata, IP addresses",
    criticality: "high",
    owner: "Tobias Wren",
    cloud: yes,
    shared:
      "Cloudflare runs the edge network; we maintain DNS records, WAF rules, TLS settings and who may change them.",
    contract: {
      securityRequirements: yes,
      dataProcessingAgreement: yes,
      breachNotification: yes,
      rightToAudit: false,
      subprocessors: yes,
      exitAndDataReturn: yes,
    },
    assessment: {
      daysAgo: 90,
      method: "certificate",
      document: "ISO/IEC 27001 certificate and SOC 2 Type II bridge letter",
      expiresIn: 500,
      result: "acceptable",
      residual: "low",
    },
    controls: ["5.19", "5.23", "8.20"],
  },
] as const;

export const INCIDENTS: {
  title: string;
  kind: "event" | "incident";
  severity: string;
  daysAgo: number;
  personalData: boolean;
  closedAfterDays: number | null;
  lessons: string | null;
  entries: [number, string, string][];
  notifications: [Obligation, string, boolean][];
}[] = [
  {
    title: "Phishing e-mail imitating the payroll bureau",
    kind: "event",
    severity: "low",
    daysAgo: 120,
    personalData: false,
    closedAfterDays: 1,
    lessons:
      "Reported by three people within minutes; the mail filter rule now covers look-alike domains of our suppliers.",
    entries: [
      [0, "detection", "Reported through the phishing button by a finance team member."],
      [0, "triage", "No clicks found in the mail gateway logs; classed as an event."],
      [1, "recovery", "Sender domain blocked; awareness note sent to finance."],
    ],
    notifications: [],
  },
  {
    title: "Laptop left on a train, disk encrypted",
    kind: "incident",
    severity: "medium",
    daysAgo: 60,
    personalData: true,
    closedAfterDays: 5,
    lessons:
      "Full-disk encryption and remote wipe worked as intended; the assessment of the breach risk is now a checklist in the incident procedure.",
    entries: [
      [0, "detection", "Sales manager reported the loss two hours after leaving the train."],
      [0, "containment", "Device locked and wipe queued from device management; sessions revoked in Okta."],
      [
        2,
        "communication",
        "Breach risk assessed with the DPO: encrypted device, no access after loss; decided not reportable, reasons recorded.",
      ],
    ],
    notifications: [["gdpr-breach", "Information Commissioner's Office (assessed, not required)", true]],
  },
  {
    title: "Traffic surge against the public API",
    kind: "incident",
    severity: "high",
    daysAgo: 0,
    personalData: false,
    closedAfterDays: null,
    lessons: null,
    entries: [
      [0, "detection", "Latency alert from monitoring; WAF shows a burst from a few thousand addresses."],
      [0, "containment", "Rate limits tightened on the API zone; customers informed on the status page."],
    ],
    notifications: [
      [
        "nis2-early-warning",
        "Customer contract: early warning to affected customers in scope of NIS2",
        false,
      ],
    ],
  },
];

export const REQUIREMENTS = [
  [
    "UK GDPR and Data Protection Act 2018: lawful processing, security of processing, breach notification within 72 hours",
    "legal",
    "UK GDPR arts. 5, 32, 33; DPA 2018",
    "United Kingdom",
    ["5.31", "5.34", "5.26"],
    "DPO",
  ],
  [
    "EU GDPR for customers' users in the EU: processor duties and international transfers",
    "legal",
    "Regulation (EU) 2016/679 arts. 28, 32, 44–49",
    "European Union",
    ["5.31", "5.34"],
    "DPO",
  ],
  [
    "Customer contracts: notify a security incident affecting the customer within 24 hours",
    "contractual",
    "Master subscription agreement, security schedule §7",
    null,
    ["5.20", "5.26"],
    "Head of Customer Success",
  ],
  [
    "Keep accounting records for six years",
    "statutory",
    "Companies Act 2006 s. 388; HMRC record-keeping rules",
    "United Kingdom",
    ["5.33"],
    "Finance Director",
  ],
  [
    "PCI DSS through the payment provider: no card data stored or processed on our systems",
    "contractual",
    "Stripe services agreement; PCI DSS SAQ A",
    null,
    ["5.31", "5.19"],
    "CTO",
  ],
] as const;
