/**
 * Adversarial tests of exports and their verification: archive bombs and broken manifests sent to
 * /exports/verify, which organizations a verdict may name, downloads started from another site
 * (which must not be recorded in the victim's name), CSV cells holding another separator, server
 * paths in import errors, and the API reference page's Content-Security-Policy.
 */
import { tmpdir } from "node:os";
import { crc32, createDeflateRaw } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCsv } from "../../src/exports/csv.js";
import { parseCsv } from "../../src/imports/table-file.js";
import { type ApiHarness, buildTwoOrgs, openApi, PASSWORD, type Session } from "../support/api.js";
import { DIALECTS } from "../support/workspaces.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const MiB = 1024 * 1024;

interface ZipEntry {
  name: string;
  chunks: () => Iterable<Buffer>;
  /** The uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
  /** Stored as is rather than deflated (quicker for thousands of tiny entries). */
  stored?: boolean;
}

/** A ZIP archive written by hand, each entry deflated as a stream so a bomb is never held inflated. */
async function zipOf(entries: ZipEntry[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    let crc = 0;
    let size = 0;
    const compressed: Buffer[] = [];
    if (entry.stored) {
      for (const chunk of entry.chunks()) {
        crc = crc32(chunk, crc);
        size += chunk.byteLength;
        compressed.push(chunk);
      }
    } else {
      const deflate = createDeflateRaw({ level: 9 });
      deflate.on("data", (chunk: Buffer) => compressed.push(chunk));
      const done = new Promise((resolve) => deflate.on("end", resolve));
      for (const chunk of entry.chunks()) {
        crc = crc32(chunk, crc);
        size += chunk.byteLength;
        if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
      }
      deflate.end();
      await done;
    }
    const data = Buffer.concat(compressed);
    const method = entry.stored ? 0 : 8;
    const declared = entry.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.byteLength, 20);
    header.writeUInt32LE(declared, 24);
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

const text = (name: string, content: string): ZipEntry => ({ name, chunks: () => [Buffer.from(content)] });
const zeros = (name: string, bytes: number, declaredSize?: number): ZipEntry => ({
  name,
  chunks: function* () {
    const chunk = Buffer.alloc(MiB);
    for (let sent = 0; sent < bytes; sent += MiB) yield chunk;
  },
  ...(declaredSize !== undefined && { declaredSize }),
});

/** A pack manifest naming `files` (sizes and hashes need not match: the bomb is refused first). */
const manifestOf = (files: string[]) =>
  JSON.stringify({
    format: "isms-copilot-evidence-pack",
    formatVersion: 1,
    organization: "Acme",
    period: { from: null, to: null },
    generatedAt: "2026-01-01T00:00:00.000Z",
    files: files.map((path) => ({ path, sha256: "0".repeat(64), size: 1, kind: "evidence" })),
  });

/** About 1 MB of ZIP whose one file inflates to 1 GiB, its headers claiming 1 KiB. */
let bomb: Promise<Buffer> | undefined;
const packBomb = () => {
  bomb ??= zipOf([
    text("manifest.json", manifestOf(["evidence/bomb.bin"])),
    zeros("evidence/bomb.bin", 1024 * MiB, 1024),
  ]);
  return bomb;
};

/** Time and peak resident memory growth of `work`, sampled every 5 ms. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; rssMiB: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms: performance.now() - start, rssMiB: (peak - before) / MiB };
  } finally {
    clearInterval(sampler);
  }
}

describe.each(DIALECTS)("export security on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  let viewer: Session;
  let otherOwner: Session;
  let outsider: Session;

  beforeAll(async () => {
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    owner = await api.member("acme", "owner");
    viewer = await api.member("acme", "viewer");
    otherOwner = await api.member("globex", "owner");
    outsider = await api.signIn(`nobody-${dialect}@elsewhere.test`);
  }, 60_000);
  afterAll(async () => {
    await api.dispose();
  });

  const verify = (session: Session, payload: Buffer) =>
    api.app.inject({
      method: "POST",
      url: "/api/v1/exports/verify",
      headers: {
        cookie: session.cookie,
        "x-csrf-token": session.csrf,
        "content-type": "application/octet-stream",
      },
      payload,
    });
  const download = (url: string, headers: Record<string, string>) =>
    api.app.inject({ method: "GET", url, headers: { cookie: owner.cookie, ...headers } });
  const recordedExports = async () =>
    (await api.ws.db.selectFrom("auditEvents").select("id").where("entityType", "=", "exports").execute())
      .length;

  it("refuses a pack that inflates to 1 GiB quickly, with bounded memory, whatever its headers claim", async () => {
    const zip = await packBomb();
    expect(zip.byteLength).toBeLessThan(1.5 * MiB);
    const { result, ms, rssMiB } = await measured(() => verify(owner, zip));
    expect(result.statusCode).toBe(400);
    expect(result.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(result.json()).toMatchObject({ code: "VALIDATION", errors: [{ path: "file" }] });
    expect(result.json().detail).toMatch(/unzips to more than/);
    // Refused once 64 MB are inflated: a few seconds at most, even on a busy runner.
    expect(ms).toBeLessThan(10_000);
    expect(rssMiB).toBeLessThan(200);
  }, 60_000);

  it("counts the inflated bytes of all files together, and refuses an archive with too many entries", async () => {
    const spread = await zipOf([
      text("manifest.json", manifestOf(["evidence/a.bin", "evidence/b.bin"])),
      zeros("evidence/a.bin", 40 * MiB),
      zeros("evidence/b.bin", 40 * MiB),
    ]);
    const total = await verify(owner, spread);
    expect(total.statusCode).toBe(400);
    expect(total.json().detail).toMatch(/unzips to more than 64 MB/);

    const many = await zipOf([
      text("manifest.json", manifestOf([])),
      ...Array.from({ length: 20_001 }, (_, i) => ({ ...text(`evidence/${i}.txt`, ""), stored: true })),
    ]);
    const crowded = await verify(owner, many);
    expect(crowded.statusCode).toBe(400);
    expect(crowded.json()).toMatchObject({ code: "VALIDATION", errors: [{ path: "file" }] });
    expect(crowded.json().detail).toMatch(/more than 20000 entries/);
  }, 60_000);

  it("answers a pack whose manifest is {}, wrong or not JSON with a 400 naming what is wrong", async () => {
    const cases: [string, RegExp][] = [
      ["{}", /manifest\.(format|files)/],
      [JSON.stringify({ ...JSON.parse(manifestOf([])), files: [{ path: 7 }] }), /manifest\.files\.0\.path/],
      [manifestOf(["evidence/a.txt", "evidence/a.txt"]), /manifest\.files/],
      ["[", /manifest/],
    ];
    for (const [manifest, named] of cases) {
      const response = await verify(
        owner,
        await zipOf([text("manifest.json", manifest), text("evidence/a.txt", "a")]),
      );
      expect(response.statusCode, manifest).toBe(400);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
      const problem = response.json() as { errors: { path: string }[] };
      expect(problem.errors.map((e) => e.path).join(" "), manifest).toMatch(named);
    }
  });

  it("names the producing organization only to its members; others hear what an unknown file gets", async () => {
    const file = await download("/api/v1/orgs/acme/exports/risks?format=csv", {
      "sec-fetch-site": "same-origin",
    });
    expect(file.statusCode).toBe(200);
    const member = await verify(viewer, file.rawPayload);
    expect(member.json()).toMatchObject({ ok: true, organization: "Acme", report: "risks" });

    const unknown = (await verify(outsider, Buffer.from("a file nobody produced\n"))).json();
    for (const session of [outsider, otherOwner]) {
      const response = await verify(session, file.rawPayload);
      expect(response.statusCode).toBe(200);
      const verdict = response.json();
      expect(verdict).toEqual({ ...unknown, sha256: verdict.sha256 });
      expect(JSON.stringify(verdict)).not.toMatch(/Acme|acme|risks/);
    }
  });

  it("records no download in a user's name unless it provably comes from the app", async () => {
    const urls = [
      "/api/v1/orgs/acme/exports/soa?format=csv",
      "/api/v1/orgs/acme/oscal/profile",
      "/api/v1/orgs/acme/evidence-pack",
    ];
    for (const url of urls) {
      const variants: Record<string, string>[] = [
        { "sec-fetch-site": "cross-site" },
        { "sec-fetch-site": "same-site" },
        {},
      ];
      for (const headers of variants) {
        const before = await recordedExports();
        const response = await download(url, headers);
        expect(response.statusCode, `${url} ${JSON.stringify(headers)}`).toBe(403);
        expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
        expect(await recordedExports()).toBe(before);
      }
    }
    const token = await api.call(owner, "POST", "/api/v1/tokens", {
      body: { name: "cli", scope: "read", currentPassword: PASSWORD },
    });
    expect(token.status, JSON.stringify(token.json)).toBe(201);
    const accepted: [string, Record<string, string>][] = [
      ["a link in the app", { "sec-fetch-site": "same-origin" }],
      ["a typed address", { "sec-fetch-site": "none" }],
      ["a script with the CSRF header", { "x-csrf-token": owner.csrf }],
    ];
    for (const [why, headers] of accepted) {
      const before = await recordedExports();
      const response = await download(urls[0] as string, headers);
      expect(response.statusCode, why).toBe(200);
      expect(await recordedExports(), why).toBe(before + 1);
    }
    const before = await recordedExports();
    const byToken = await api.app.inject({
      method: "GET",
      url: urls[0] as string,
      headers: { authorization: `Bearer ${String(token.json.token)}`, "sec-fetch-site": "cross-site" },
    });
    expect(byToken.statusCode).toBe(200);
    expect(await recordedExports()).toBe(before + 1);
  }, 60_000);

  it("quotes a cell holding a semicolon, so that it reads back as one cell with either separator", async () => {
    const title = "Legacy server;=1+2";
    const created = await api.call(owner, "POST", "/api/v1/orgs/acme/risks", {
      body: { title, inherent: { likelihood: 2, impact: 2 } },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const csv = await download("/api/v1/orgs/acme/exports/risks?format=csv", {
      "sec-fetch-site": "same-origin",
    });
    expect(csv.body).toContain(`"${title}"`);
    const cells = parseCsv(csv.body).rows.flatMap((row) => row.cells);
    expect(cells).toContain(title);
    for (const separator of [",", ";", "\t"] as const) {
      const written = toCsv(
        ["key", "title", "notes"],
        [{ key: "R-001", title, notes: "a\tb, c" }],
        separator,
      );
      const [row] = parseCsv(written, separator).rows;
      expect(row?.cells, JSON.stringify(separator)).toEqual(["R-001", title, "a\tb, c"]);
    }
  });

  it("never shows the server's temporary paths in an import error", async () => {
    for (const [type, body] of [
      [XLSX, Buffer.from("PK this is no workbook")],
      [XLSX, Buffer.from("plain text")],
    ] as const) {
      const response = await api.app.inject({
        method: "POST",
        url: "/api/v1/orgs/acme/risks/import",
        headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf, "content-type": type },
        payload: body,
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).not.toContain(tmpdir());
      expect(response.body).not.toMatch(/isms-import-/);
    }
  });
});

describe("API reference page", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await openApi("sqlite");
  });
  afterAll(async () => {
    await api.dispose();
  });

  it("is served with a Content-Security-Policy that allows only its own scripts and styles", async () => {
    const page = await api.app.inject({ method: "GET", url: "/api/docs" });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Every script the page runs is a file of its own origin: no inline script for the policy to block.
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, inline] of scripts) {
      expect(attributes).toMatch(/src="\.?\/?[^":]*"/);
      expect(inline?.trim()).toBe("");
    }
    for (const asset of ["swagger-ui-bundle.js", "swagger-initializer.js", "swagger-ui.css"]) {
      const response = await api.app.inject({ method: "GET", url: `/api/docs/static/${asset}` });
      expect(response.statusCode, asset).toBe(200);
      expect(response.headers["content-security-policy"], asset).toBe(csp);
    }
  });
});
