import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OrgReader } from "../../src/db/store.js";
import { sha256Hex } from "../../src/modules/evidence/blob-store.js";
import { addFileEvidence, addLinkEvidence } from "../../src/modules/evidence/evidence.service.js";
import { createOrganization, type Organization } from "../../src/modules/orgs/org.service.js";
import { DIALECTS, openTestWorkspace, type TestWorkspace } from "../support/workspaces.js";

describe.each(DIALECTS)("evidence files on %s", (dialect) => {
  let ws: TestWorkspace;
  let org: Organization;
  beforeEach(async () => {
    ws = await openTestWorkspace(dialect);
    org = await createOrganization(ws.db, "test", { slug: "acme", name: "Acme" });
  });
  afterEach(async () => {
    await ws.dispose();
  });

  it("stores a file by its SHA-256 with size and type, and reads it back", async () => {
    const data = Buffer.from("backup restore test passed on 2026-10-01\n");
    const { evidence } = await addFileEvidence(ws.db, ws.blobs, org.id, "test", {
      title: "Restore test",
      data,
      filename: "restore.txt",
      mime: "text/plain",
      links: [{ type: "control", id: "A.8.13" }],
    });
    expect(evidence).toMatchObject({
      key: "E-001",
      sha256: sha256Hex(data),
      size: data.byteLength,
      mime: "text/plain",
    });
    expect(Buffer.from((await ws.blobs.get(evidence.sha256 ?? "")) ?? [])).toEqual(data);
    const links = await new OrgReader(ws.db, org.id).list("evidenceLinks");
    expect(links).toMatchObject([{ targetType: "control", targetId: "8.13" }]);
  });

  it("detects the same content uploaded again", async () => {
    const data = Buffer.from("same bytes");
    await addFileEvidence(ws.db, ws.blobs, org.id, "test", { title: "First", data, filename: "a.txt" });
    const second = await addFileEvidence(ws.db, ws.blobs, org.id, "test", {
      title: "Second",
      data,
      filename: "b.txt",
    });
    expect(second.duplicateOf).toBe("E-001");
    expect(second.evidence.key).toBe("E-002");
  });

  it("refuses a file above the size limit, an unknown control and a non-http link", async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1);
    await expect(
      addFileEvidence(ws.db, ws.blobs, org.id, "test", { title: "Huge", data: big, filename: "huge.bin" }),
    ).rejects.toThrow(/the limit is 5\.0 MB/);
    await expect(
      addFileEvidence(ws.db, ws.blobs, org.id, "test", {
        title: "x",
        data: Buffer.from("x"),
        filename: "x",
        links: [{ type: "control", id: "9.99" }],
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      addLinkEvidence(ws.db, org.id, "test", { title: "Bad", url: "javascript:alert(1)" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await new OrgReader(ws.db, org.id).count("evidence")).toBe(0);
  });

  it.runIf(dialect === "sqlite")("notices a file altered on disk", async () => {
    const { evidence } = await addFileEvidence(ws.db, ws.blobs, org.id, "test", {
      title: "Policy",
      data: Buffer.from("original"),
      filename: "p.txt",
    });
    const sha = evidence.sha256 ?? "";
    await writeFile(join(ws.dir, "blobs", sha.slice(0, 2), sha), "tampered");
    await expect(ws.blobs.get(sha)).rejects.toThrow(/corrupted/);
  });
});
