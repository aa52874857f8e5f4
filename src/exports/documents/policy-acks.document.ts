/**
 * Evidence that people acknowledged a policy (clause 7.3 awareness, control 5.1 "acknowledged by
 * relevant personnel"): for the version in force, or a published version asked for, everyone asked,
 * when and how each acknowledged, and the content hash of the text they acknowledged. A version
 * that was not a significant change counts the acknowledgements of the version it points to.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { OrgReader } from "../../db/store.js";
import { invalid } from "../../domain/errors.js";
import { count, label } from "../../domain/labels.js";
import type { Section } from "../document.js";
import type { DocumentContext } from "./context.js";
import {
  approvalOf,
  contentHashOf,
  day,
  loadPolicy,
  type PolicyChoice,
  type PolicyDocument,
  type PolicyRecord,
  type PolicyVersion,
  versionNumbered,
} from "./policy.document.js";

/** A timestamp as people read it: "2026-03-02 09:15 UTC". */
const moment = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

function publishedVersion(record: PolicyRecord, asked: number | undefined): PolicyVersion {
  const key = record.document.key;
  if (asked !== undefined) {
    const v = versionNumbered(record, asked);
    if (!v.publishedAt)
      throw invalid(
        `version ${asked} of policy ${key} was never published, so no one was asked to acknowledge it`,
      );
    return v;
  }
  const current = record.versions.filter((v) => v.state === "published").at(-1);
  if (!current)
    throw invalid(`policy ${key} has no published version, so no one has been asked to acknowledge it yet`);
  return current;
}

/** The `policy-acks` report. */
export async function policyAckSections(
  db: Kysely<Database>,
  ctx: DocumentContext,
  choice: PolicyChoice,
): Promise<PolicyDocument> {
  const reader = new OrgReader(db, ctx.orgId);
  const record = await loadPolicy(reader, choice.policy);
  const v = publishedVersion(record, choice.policyVersion);
  const counted = record.versions.find((x) => x.id === v.ackVersionId) ?? v;
  const acks = await reader.list("policyAcks", { versionId: counted.id }, "person");
  const done = acks.filter((a) => a.acknowledgedAt);
  const expected = contentHashOf(counted);
  const otherText = done.filter((a) => a.ackedSha256 && a.ackedSha256 !== expected).length;
  const name = `${record.document.key} ${v.title}`;
  const share = acks.length ? ` (${Math.round((100 * done.length) / acks.length)}%)` : "";
  const summary: string[] = [
    `Acknowledgements of ${name}, version ${v.number}, published on ${day(v.publishedAt)}${v.effectiveFrom ? ` and effective from ${v.effectiveFrom}` : ""}.`,
    counted.id === v.id
      ? `Content SHA-256 of version ${v.number}: ${expected}.`
      : `Version ${v.number} is not a significant change, so the acknowledgements of version ${counted.number} count for it. Content SHA-256 of version ${counted.number}: ${expected}; of version ${v.number}: ${contentHashOf(v)}.`,
    acks.length
      ? `${count(acks.length, "person", "people")} asked, ${done.length} acknowledged${share}, ${acks.length - done.length} pending.`
      : "No one has been asked to acknowledge this version yet.",
    ...(otherText
      ? [
          `${count(otherText, "acknowledgement")} ${otherText === 1 ? "is" : "are"} of a text whose hash differs from this version's.`,
        ]
      : []),
  ];
  const sections: Section[] = [
    {
      heading: "Summary",
      notInCsv: true,
      paragraphs: summary,
    },
    {
      heading: "Acknowledgements",
      flow: true,
      paragraphs: [`Everyone asked to acknowledge version ${counted.number}, by name.`],
      table: {
        columns: [
          { key: "person", header: "Name", width: 14 },
          { key: "email", header: "E-mail", width: 18 },
          { key: "asked", header: "Asked on", width: 9 },
          { key: "acknowledged", header: "Acknowledged at", width: 12 },
          { key: "via", header: "Via", width: 8 },
          { key: "hash", header: "Version hash acknowledged", width: 30 },
          { key: "ip", header: "Client IP", width: 11 },
        ],
        rows: acks.map((a) => ({
          person: a.person,
          email: a.email ?? "",
          asked: day(a.requestedAt),
          acknowledged: a.acknowledgedAt ? moment(a.acknowledgedAt) : "Pending",
          via: a.acknowledgedAt ? label("ackVia", a.via) : "",
          hash: a.acknowledgedAt ? (a.ackedSha256 ?? "") : "",
          ip: a.acknowledgedAt ? (a.clientIp ?? "") : "",
        })),
      },
    },
  ];
  const approval = approvalOf(v);
  return {
    title: `Acknowledgements: ${v.title || record.document.title}`,
    sections,
    version: `Version ${v.number}, as of ${new Date().toISOString().slice(0, 10)}`,
    fileTag: `${record.document.key}-v${v.number}`,
    ...(approval && { approval }),
  };
}
