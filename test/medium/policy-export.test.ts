/**
 * A policy as an auditor receives it: the version in force with its approver, role, dates, full
 * content hash, text and change history in PDF and DOCX, and the evidence of who acknowledged it in
 * CSV and PDF, read back from the files themselves.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOrg } from "../../src/db/store.js";
import { LABELS } from "../../src/domain/labels.js";
import { buildReport, exportReport } from "../../src/exports/export.service.js";
import { columnWidths, estimateWidth, wrapAtSpaces } from "../../src/exports/render/layout.js";
import { createOrganization } from "../../src/modules/orgs/org.service.js";
import { csvCells, docxText, hasPdftotext, pdfText } from "../support/document-text.js";
import { openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

const V1 = "# Information security policy\n\nWe protect information.\n\n## Scope\n\nAll staff.\n";
const V2 = [
  "# Information security policy",
  "",
  "Acme protects the **confidentiality**, integrity and availability of information.",
  "",
  "## Scope",
  "",
  "This policy applies to:",
  "",
  "- all employees and contractors",
  "- every system that holds customer data",
  "",
  "## Responsibilities",
  "",
  "1. The CISO maintains this policy.",
  "2. Managers make sure their teams read it.",
  "",
].join("\n");
const hash = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const H1 = hash(V1);
const H2 = hash(V2);

/** Collapses the spaces a PDF's layout puts between words, so phrases can be looked for. */
const squeeze = (text: string) => text.replace(/\s+/g, " ");

describe("policy exports", () => {
  let ws: TestWorkspace;
  let orgId: string;

  beforeAll(async () => {
    ws = await openTestWorkspace("sqlite");
    orgId = (await createOrganization(ws.db, "tester", { slug: "acme", name: "Acme Ltd" })).id;
    await writeOrg(ws.db, orgId, "tester", async (w) => {
      const doc = await w.insert("documents", {
        key: "POL-001",
        title: "Information security policy",
        docType: "policy",
        owner: "Chief Information Security Officer",
        reviewMonths: 12,
        clauseRefs: JSON.stringify(["5.2"]),
        controlRefs: JSON.stringify(["5.1"]),
        nextReviewOn: "2027-02-01",
      });
      const approved = { approvedBy: "Dana Reyes", approverRole: "CEO", significant: 1 as const };
      const v1 = await w.insert("policyVersions", {
        ...approved,
        documentId: doc.id,
        number: 1,
        state: "superseded",
        title: "Information security policy",
        content: V1,
        contentSha256: H1,
        changeSummary: "First issue",
        approvedAt: "2025-01-10T10:00:00.000Z",
        publishedAt: "2025-01-12T09:00:00.000Z",
        effectiveFrom: "2025-02-01",
        supersededAt: "2026-02-01T08:00:00.000Z",
      });
      await w.update("policyVersions", v1.id, v1.version, { ackVersionId: v1.id });
      const v2 = await w.insert("policyVersions", {
        ...approved,
        documentId: doc.id,
        number: 2,
        state: "published",
        title: "Information security policy",
        content: V2,
        contentSha256: H2,
        changeSummary: "Scope names contractors; responsibilities added",
        approvedAt: "2026-01-20T14:30:00.000Z",
        publishedBy: "Sam Okafor",
        publishedAt: "2026-01-25T09:00:00.000Z",
        effectiveFrom: "2026-02-01",
      });
      await w.update("policyVersions", v2.id, v2.version, { ackVersionId: v2.id });
      const asked = { versionId: v2.id, requestedAt: "2026-01-25T09:05:00.000Z" };
      await w.insert("policyAcks", {
        ...asked,
        person: "Ana Lima",
        email: "ana@acme.example",
        acknowledgedAt: "2026-01-26T08:15:00.000Z",
        ackedSha256: H2,
        via: "account",
        clientIp: "203.0.113.7",
      });
      await w.insert("policyAcks", {
        ...asked,
        person: "Ben Ito",
        email: "ben@acme.example",
        acknowledgedAt: "2026-01-27T16:40:00.000Z",
        ackedSha256: H2,
        via: "link",
        clientIp: "198.51.100.23",
      });
      await w.insert("policyAcks", { ...asked, person: "Cleo Marsh", email: "cleo@acme.example" });
      await w.insert("policyReviews", {
        documentId: doc.id,
        versionId: v1.id,
        reviewedBy: "Sam Okafor",
        reviewedOn: "2026-01-05",
        outcome: "new-version",
        note: "Contractors were missing from the scope",
      });
    });
  }, 60_000);
  afterAll(async () => {
    await ws.dispose();
  });

  const policyFacts = [
    "Information security policy",
    "Acme Ltd",
    "Version 2",
    "Dana Reyes",
    "CEO",
    "2026-01-20",
    "2026-02-01",
    H2,
    "Responsibilities",
    "all employees and contractors",
    "The CISO maintains this policy.",
    "Change history",
    "First issue",
    "Scope names contractors; responsibilities added",
    "Superseded",
    "Published",
    "Review history",
    "Contractors were missing from the scope",
  ];

  it("prints the published version with its approval, hash, text and history in DOCX", async () => {
    const { data, doc, fileName } = await exportReport(ws.db, orgId, "tester", "policy", "docx", {
      policy: "POL-001",
    });
    expect(doc.approval).toMatchObject({ approvedBy: "Dana Reyes", role: "CEO", date: "2026-01-20" });
    expect(doc.draft).toBeUndefined();
    expect(fileName).toMatch(/^acme-policy-pol-001-v2-\d{4}-\d{2}-\d{2}\.docx$/);
    const text = await docxText(data);
    for (const fact of policyFacts) expect(text, fact).toContain(fact);
    // Both change-history rows, and the Markdown's bold kept as plain words.
    expect(text).toContain("Version 1");
    expect(text).toContain("Acme protects the confidentiality, integrity");
    expect(text).not.toContain("**");
  }, 60_000);

  it.skipIf(!hasPdftotext)(
    "prints the same in PDF",
    async () => {
      const { data } = await exportReport(ws.db, orgId, "tester", "policy", "pdf", { policy: "pol-001" });
      const text = squeeze(await pdfText(data));
      for (const fact of policyFacts) expect(text, fact).toContain(fact);
      expect(text).toMatch(/Version 1 .*Superseded/);
      expect(text).toMatch(/Version 2 .*Published/);
    },
    60_000,
  );

  it("gives an earlier version when asked, with its history only up to it", async () => {
    const { data, doc } = await exportReport(ws.db, orgId, "tester", "policy", "docx", {
      policy: "POL-001",
      policyVersion: 1,
    });
    expect(doc.version).toBe("Version 1");
    const text = await docxText(data);
    expect(text).toContain(H1);
    expect(text).toContain("was superseded on 2026-02-01; version 2 is the policy in force");
    expect(text).not.toContain("Scope names contractors");
  }, 60_000);

  it("lists every person asked, with when, how and which text they acknowledged, in CSV", async () => {
    const { data } = await exportReport(ws.db, orgId, "tester", "policy-acks", "csv", { policy: "POL-001" });
    const cells = csvCells(data);
    for (const fact of [
      "Ana Lima",
      "ana@acme.example",
      "2026-01-26 08:15 UTC",
      "In the app",
      "203.0.113.7",
      "Ben Ito",
      "By link",
      "198.51.100.23",
      "Cleo Marsh",
      "Pending",
      H2,
    ])
      expect(cells, fact).toContain(fact);
  }, 60_000);

  it.skipIf(!hasPdftotext)(
    "gives the version, hash and counts of the acknowledgements in PDF",
    async () => {
      const { data } = await exportReport(ws.db, orgId, "tester", "policy-acks", "pdf", {
        policy: "POL-001",
      });
      const text = squeeze(await pdfText(data));
      for (const fact of [
        "Version 2",
        H2,
        "3 people asked, 2 acknowledged (67%), 1 pending",
        "Ana Lima",
        "In the app",
        "Ben Ito",
        "By link",
        "Cleo Marsh",
        "Pending",
        "203.0.113.7",
      ])
        expect(text, fact).toContain(fact);
    },
    60_000,
  );

  it("shows no stored value raw, and gives every column room for its longest word", async () => {
    const raw = new Set(
      Object.values(LABELS).flatMap((table) =>
        Object.entries(table as Record<string, string>)
          .filter(([value, words]) => value !== words && !/^[A-Z]$/.test(value))
          .map(([value]) => value),
      ),
    );
    const measure = estimateWidth(8);
    const problems: string[] = [];
    for (const report of ["policy", "policy-acks"] as const) {
      const doc = await buildReport(ws.db, orgId, report, { policy: "POL-001" });
      for (const section of doc.sections) {
        const table = section.table;
        if (!table) continue;
        for (const row of table.rows)
          for (const cell of Object.values(row))
            if (raw.has(String(cell))) problems.push(`${report} / ${section.heading}: "${cell}"`);
        const { widths, fits } = columnWidths(table, 728, measure, 8);
        if (!fits) problems.push(`${report} / ${section.heading}: does not fit a landscape page`);
        for (const [c, column] of table.columns.entries())
          for (const row of table.rows)
            for (const line of wrapAtSpaces(String(row[column.key] ?? ""), (widths[c] ?? 0) - 8, (t) =>
              measure(t, false),
            ).split("\n"))
              if (measure(line, false) > (widths[c] ?? 0) - 8 + 0.01)
                problems.push(`${report} / ${section.heading} / ${column.header}: "${line}"`);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it("says in the user's words when the policy is missing, unknown or has no such version", async () => {
    await expect(exportReport(ws.db, orgId, "tester", "policy", "pdf")).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("name the policy"),
    });
    await expect(
      exportReport(ws.db, orgId, "tester", "policy", "pdf", { policy: "POL-009" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "policy POL-009 does not exist" });
    await expect(
      exportReport(ws.db, orgId, "tester", "policy-acks", "csv", { policy: "POL-001", policyVersion: 7 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      exportReport(ws.db, orgId, "tester", "risks", "pdf", { policy: "POL-001" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  }, 60_000);
});
