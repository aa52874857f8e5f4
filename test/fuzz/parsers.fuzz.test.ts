import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CLAUSES,
  CONTROLS,
  CONTROLS_2013,
  getClause,
  getControl,
  getControl2013,
  parseAttributeFilter,
  parseTheme,
  resolveEntry,
} from "../../src/catalog/index.js";
import { DomainError } from "../../src/domain/errors.js";
import { detectDelimiter, matchColumns, normalizeHeader, parseCsv } from "../../src/imports/table-file.js";
import { RISK_IMPORT_FIELDS } from "../../src/modules/risks/risk-import.service.js";
import { SOA_2013_FIELDS } from "../../src/modules/soa/soa-import-2013.service.js";
import { type ApiHarness, buildTwoOrgs, openApi, type Session } from "../support/api.js";
import { DIALECTS } from "../support/workspaces.js";

/**
 * Generated input for the register readers (CSV and XLSX, directly and through the import routes)
 * and for the catalog's id parsers. OSCAL documents are only exported by this project, never
 * imported, so there is no OSCAL reader to fuzz.
 *
 * ISMS_FUZZ_RUNS=<n> runs every property n times (the heavier, nightly-style variant).
 */
const HEAVY_RUNS = Number(process.env.ISMS_FUZZ_RUNS) || undefined;
const runs = (ci: number) => ({ numRuns: HEAVY_RUNS ?? ci });

/** Calls `work`; anything thrown other than a DomainError fails the property. */
function onlyDomainErrors<T>(work: () => T): T | DomainError {
  try {
    return work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

const DELIMITERS = [",", ";", "\t"] as const;
const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "prototype"];

/** Text that looks like CSV: quotes, the three delimiters, line breaks of every kind, a BOM. */
const csvish = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
      {
        weight: 4,
        arbitrary: fc.constantFrom('"', '""', ",", ";", "\t", "\n", "\r\n", "\r", "\ufeff", " ", "\u0000"),
      },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  csvish,
);

/** A cell of a generated table: any text but NUL, including the characters CSV must quote. */
const cell = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '"',
        'a "quoted" word',
        "a,b",
        "a;b",
        "a\tb",
        "two\nlines",
        "cr\r\nlf",
        " pad ",
        "",
      ),
    },
  )
  .map((text) => text.replaceAll("\u0000", ""));

interface CsvLayout {
  headers: string[];
  rows: string[][];
  delimiter: (typeof DELIMITERS)[number];
  newline: "\n" | "\r\n";
  bom: boolean;
  /** Blank lines before each record (a blank line between records is skipped by the reader). */
  blanks: number[];
  /** Whether each cell is quoted even when it need not be. */
  alwaysQuote: boolean;
}

const layout: fc.Arbitrary<CsvLayout> = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.record({
    headers: fc
      .array(cell, { minLength: width, maxLength: width })
      .filter((headers) => headers.some((h) => h.trim() !== "")),
    rows: fc.array(
      fc.array(cell, { minLength: width, maxLength: width }).filter((r) => r.some((c) => c.trim() !== "")),
      { maxLength: 8 },
    ),
    delimiter: fc.constantFrom(...DELIMITERS),
    newline: fc.constantFrom("\n" as const, "\r\n" as const),
    bom: fc.boolean(),
    blanks: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 10, maxLength: 10 }),
    alwaysQuote: fc.boolean(),
  }),
);

/** Writes a table as CSV and returns the text and the line each record starts on. */
function writeCsv(table: CsvLayout): { text: string; lines: number[] } {
  const quote = (value: string) =>
    table.alwaysQuote || /[",;\t\r\n]/.test(value) || value !== value.trim()
      ? `"${value.replace(/"/g, '""')}"`
      : value;
  let text = table.bom ? "\ufeff" : "";
  const lines: number[] = [];
  [table.headers, ...table.rows].forEach((record, index) => {
    text += table.newline.repeat(table.blanks[index % table.blanks.length] ?? 0);
    lines.push((text.match(/\n/g)?.length ?? 0) + 1);
    text += record.map(quote).join(table.delimiter) + table.newline;
  });
  return { text, lines };
}

describe("CSV reader under generated input", () => {
  it("throws nothing but domain errors for any text, and numbers rows in increasing lines", () => {
    fc.assert(
      fc.property(
        anyText,
        fc.option(fc.constantFrom(...DELIMITERS), { nil: undefined }),
        (text, delimiter) => {
          const result = onlyDomainErrors(() => parseCsv(text, delimiter));
          if (result instanceof DomainError) {
            expect(result.code).toBe("VALIDATION");
            return;
          }
          expect(result.headers.every((h) => h === h.trim())).toBe(true);
          const lines = result.rows.map((r) => r.line);
          expect(lines).toEqual([...lines].sort((a, b) => a - b));
          expect(new Set(lines).size).toBe(lines.length);
          expect(lines.every((line) => line >= 1)).toBe(true);
        },
      ),
      runs(3000),
    );
  });

  it("reads back the cells of every table it is given as well-formed CSV, with the lines they start on", () => {
    fc.assert(
      fc.property(layout, (table) => {
        const { text, lines } = writeCsv(table);
        const sut = parseCsv(text);
        expect(sut.headers).toEqual(table.headers.map((h) => h.trim()));
        expect(sut.rows.map((r) => r.cells)).toEqual(table.rows);
        expect(sut.rows.map((r) => r.line)).toEqual(lines.slice(1));
      }),
      runs(2000),
    );
  });

  it("refuses a well-formed table with a NUL character in a cell, naming its line", () => {
    fc.assert(
      fc.property(layout, fc.nat(), fc.nat(), (table, rowPick, cellPick) => {
        const records = [table.headers, ...table.rows];
        const record = rowPick % records.length;
        const target = records[record] as string[];
        target[cellPick % target.length] += "\u0000";
        const { text, lines } = writeCsv(table);
        const sut = onlyDomainErrors(() => parseCsv(text));
        expect(sut).toBeInstanceOf(DomainError);
        expect((sut as DomainError).message).toContain(`line ${lines[record]}:`);
      }),
      runs(500),
    );
  });

  it("detects the delimiter from the header line, whatever the line holds", () => {
    fc.assert(
      fc.property(anyText, (line) => {
        expect(DELIMITERS).toContain(detectDelimiter(line));
      }),
      runs(1000),
    );
  });

  it("normalizes any header to lower-case letters, digits and single spaces, idempotently", () => {
    fc.assert(
      fc.property(anyText, (header) => {
        const sut = normalizeHeader(header);
        expect(sut).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
        expect(normalizeHeader(sut)).toBe(sut);
      }),
      runs(1000),
    );
  });

  it("matches columns to fields without claiming one column twice, and refuses an unknown mapped column", () => {
    const header = fc.oneof(
      fc.constantFrom(
        ...Object.values(RISK_IMPORT_FIELDS).flat(),
        ...PROTOTYPE_NAMES,
        "Risk-Owner ",
        "LIKELIHOOD",
      ),
      fc.string({ maxLength: 15 }),
    );
    fc.assert(
      fc.property(
        fc.array(header, { maxLength: 12 }),
        fc.dictionary(
          header,
          fc.constantFrom(...(Object.keys(RISK_IMPORT_FIELDS) as (keyof typeof RISK_IMPORT_FIELDS)[])),
        ),
        (headers, overrides) => {
          const result = onlyDomainErrors(() => matchColumns(headers, RISK_IMPORT_FIELDS, overrides));
          if (result instanceof DomainError) {
            expect(result.message).toMatch(/column mapping (names a column|gives the column)/);
            return;
          }
          const indexes = [...result.columns.values()];
          expect(new Set(indexes).size).toBe(indexes.length);
          expect(indexes.every((i) => i >= 0 && i < headers.length)).toBe(true);
          expect(result.ignored.length + indexes.length).toBe(headers.length);
        },
      ),
      runs(1000),
    );
  });
});

describe("catalog id parsers under generated input", () => {
  const idLike = fc.oneof(
    fc.string({ unit: "binary", maxLength: 20 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc
      .tuple(
        fc.constantFrom("", "A.", "a.", "A ", "clause:", "clause ", "Clause:", "§", "a", "."),
        fc.array(fc.integer({ min: -1, max: 40 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom("", " ", ".", "..", "\t", "x"),
      )
      .map(([prefix, parts, suffix]) => `${prefix}${parts.join(".")}${suffix}`),
    fc.constantFrom(...PROTOTYPE_NAMES),
  );

  it("never throws on any id, and answers only entries whose id it was given in some spelling", () => {
    fc.assert(
      fc.property(idLike, (text) => {
        const entry = resolveEntry(text);
        if (entry) {
          const id = entry.kind === "clause" ? entry.clause.id : entry.control.id;
          expect(text.replace(/\s+/g, "").toLowerCase()).toContain(id.replace(/^A\./, "").toLowerCase());
        }
        getControl(text);
        getClause(text);
        getControl2013(text);
        parseTheme(text);
      }),
      runs(3000),
    );
  });

  it("parses any attribute filter to a known value or an explanation, never an exception", () => {
    const name = fc.oneof(
      fc.constantFrom(
        "concepts",
        "type",
        "control_type",
        "Security-Domains",
        "capabilities",
        ...PROTOTYPE_NAMES,
      ),
      fc.string({ maxLength: 12 }),
    );
    const expression = fc.oneof(
      fc.tuple(name, fc.string({ maxLength: 20 })).map(([n, v]) => `${n}=${v}`),
      fc
        .tuple(
          name,
          fc.constantFrom("Detect", "#Protect", "asset management", "Preventive", ...PROTOTYPE_NAMES),
        )
        .map(([n, v]) => `${n}=${v}`),
      fc.string({ unit: "binary", maxLength: 30 }),
    );
    fc.assert(
      fc.property(expression, (text) => {
        const sut = parseAttributeFilter(text);
        if (sut.ok) expect(typeof sut.value).toBe("string");
        else expect(sut.error.length).toBeGreaterThan(0);
      }),
      runs(3000),
    );
    expect(parseAttributeFilter("constructor=Detect").ok).toBe(false);
    expect(parseAttributeFilter("concepts=constructor").ok).toBe(false);
    expect(parseAttributeFilter("concepts=#Detect")).toEqual({
      ok: true,
      name: "cybersecurityConcepts",
      value: "Detect",
    });
  });

  it("resolves every real id in each spelling people type to that entry", () => {
    const padding = fc.constantFrom("", " ", "  ", "\t");
    const controlIds = CONTROLS.map((c) => c.id);
    const clauseIds = CLAUSES.map((c) => c.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...controlIds),
        fc.constantFrom("", "A.", "a.", "A ", "a "),
        padding,
        padding,
        (id, prefix, before, after) => {
          const entry = resolveEntry(`${before}${prefix}${id}${after}`);
          expect(entry?.kind).toBe("control");
          expect(entry?.kind === "control" && entry.control.id).toBe(id);
        },
      ),
      runs(1000),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...clauseIds),
        fc.constantFrom("clause:", "clause ", "Clause:", "CLAUSE ", "clause: ", "§", "§ "),
        padding,
        padding,
        (id, prefix, before, after) => {
          const entry = resolveEntry(`${before}${prefix}${id}${after}`);
          expect(entry?.kind === "clause" && entry.clause.id).toBe(id);
        },
      ),
      runs(1000),
    );
    // Every id, once, in its canonical and its most common other spellings.
    for (const id of controlIds) {
      for (const spelling of [id, `A.${id}`, `a.${id}`, ` ${id} `]) {
        expect(getControl(spelling)?.id, spelling).toBe(id);
        expect(resolveEntry(spelling), spelling).toMatchObject({ kind: "control", control: { id } });
      }
    }
    for (const id of clauseIds) {
      expect(getClause(id)?.id).toBe(id);
      expect(resolveEntry(`clause:${id}`), id).toMatchObject({ kind: "clause", clause: { id } });
      // A bare number is the clause unless a control has the same number (Annex A wins).
      const bare = resolveEntry(id);
      if (controlIds.includes(id)) expect(bare).toMatchObject({ kind: "control", control: { id } });
      else expect(bare, id).toMatchObject({ kind: "clause", clause: { id } });
    }
    for (const old of CONTROLS_2013) {
      const bare = old.id.replace(/^A\./, "");
      for (const spelling of [old.id, old.id.toLowerCase(), ` ${old.id} `, bare]) {
        expect(getControl2013(spelling)?.id, spelling).toBe(old.id);
      }
      expect(resolveEntry(old.id), old.id).toMatchObject({ kind: "control2013", control: { id: old.id } });
    }
    expect(resolveEntry("A.8.8")).toMatchObject({ kind: "control", control: { id: "8.8" } });
    expect(resolveEntry("clause:6.1.2")).toMatchObject({ kind: "clause", clause: { id: "6.1.2" } });
  });
});

describe.each(DIALECTS)("register imports over HTTP under generated files on %s", (dialect) => {
  let api: ApiHarness;
  let owner: Session;
  let validXlsx: Buffer;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  const share = dialect === "sqlite" ? 1 : 0.3;

  beforeAll(async () => {
    process.on("unhandledRejection", onRejection);
    api = await openApi(dialect);
    await buildTwoOrgs(api);
    owner = await api.member("acme", "owner");
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Risks");
    sheet.addRow(["Risk ID", "Title", "Likelihood", "Impact", "Owner"]);
    sheet.addRow(["R-900", "Stolen laptop", 3, 4, "IT"]);
    sheet.addRow(["R-901", "Phishing", 4, 3, "Security"]);
    validXlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  });
  afterAll(async () => {
    process.off("unhandledRejection", onRejection);
    await api?.dispose();
  });

  /** Risks and audit events of "acme": every change adds an audit event, so equal counts mean no change. */
  async function footprint() {
    const org = await api.ws.db
      .selectFrom("organizations")
      .select("id")
      .where("slug", "=", "acme")
      .executeTakeFirstOrThrow();
    const count = async (table: "risks" | "auditEvents") =>
      Number(
        (
          await api.ws.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .where("orgId", "=", org.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { risks: await count("risks"), events: await count("auditEvents") };
  }

  const xlsxCell: fc.Arbitrary<unknown> = fc.oneof(
    fc.constantFrom("Title", "Likelihood", "Impact", "Control", "Applicable", "A.12.4.1", "yes", "a\u0000b"),
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.integer({ min: -3, max: 8 }),
    fc.double(),
    fc.date({ noInvalidDate: true }),
    fc.constantFrom({ formula: "1+2", result: 3 }, { richText: [{ text: "rich" }] }, null),
  );
  /** Writes generated rows as an XLSX workbook. */
  async function workbookOf(rows: unknown[][]): Promise<Buffer> {
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Register");
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  const riskHeaders = fc.oneof(
    fc.constantFrom(
      "Risk ID",
      "Title",
      "Likelihood",
      "Impact",
      "Owner",
      "Treatment",
      "Status",
      "Controls",
      "CIA",
    ),
    fc.constantFrom(...PROTOTYPE_NAMES),
    fc.string({ maxLength: 10 }),
  );
  const soaHeaders = fc.oneof(
    fc.constantFrom(...Object.values(SOA_2013_FIELDS).map((aliases) => aliases[0])),
    fc.string({ maxLength: 10 }),
  );
  const value = fc.oneof(
    fc.integer({ min: -2, max: 7 }).map(String),
    fc.constantFrom(
      "A.12.4.1",
      "A.5.1.1",
      "yes",
      "no",
      "implemented",
      "R-001",
      "",
      "1e309",
      "NaN",
      "2026-02-30",
    ),
    fc.string({ unit: "grapheme", maxLength: 15 }),
  );
  const csvFrom = (headers: fc.Arbitrary<string>) =>
    fc.oneof(
      fc
        .tuple(
          fc.array(headers, { minLength: 1, maxLength: 7 }),
          fc.array(fc.array(value, { minLength: 1, maxLength: 7 }), { maxLength: 6 }),
          fc.constantFrom(...DELIMITERS),
        )
        .map(([head, rows, d]) =>
          [head, ...rows]
            .map((record) =>
              record.map((c) => (/[",;\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(d),
            )
            .join("\r\n"),
        ),
      csvish,
      fc.string({ unit: "binary", maxLength: 300 }),
    );
  const upload = (csv: fc.Arbitrary<string>) =>
    fc.oneof(
      csv.map((text) => ({ type: "text/csv", body: Buffer.from(text) })),
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ type: "text/csv", body: Buffer.from(bytes) })),
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ type: XLSX, body: Buffer.from(bytes) })),
      // A real workbook with bytes overwritten or cut off: past the zip signature, into the reader.
      fc
        .tuple(
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
          fc.option(fc.nat(), { nil: undefined }),
        )
        .map(([flips, cut]) => {
          const bytes = Buffer.from(validXlsx);
          for (const [at, byte] of flips) bytes[at % bytes.length] = byte;
          return { type: XLSX, body: cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length) };
        }),
      fc.constant({ type: XLSX, body: validXlsx }),
      // A workbook written from generated cells: text (NUL and all), numbers, dates, formulas.
      fc
        .array(fc.array(xlsxCell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 })
        .map((rows) => ({ type: XLSX, rows })),
    );
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const options = fc.record({
    dryRun: fc.constantFrom("true", "false", undefined),
    columns: fc.constantFrom("true", "false", undefined),
    force: fc.constantFrom("true", "false", undefined),
    map: fc.option(
      fc
        .array(
          fc.tuple(
            fc.oneof(riskHeaders, soaHeaders),
            fc.oneof(
              fc.constantFrom(
                ...Object.keys(RISK_IMPORT_FIELDS),
                ...Object.keys(SOA_2013_FIELDS),
                ...PROTOTYPE_NAMES,
              ),
              fc.string({ maxLength: 8 }),
            ),
          ),
          { maxLength: 3 },
        )
        .map((pairs) => pairs.map(([column, field]) => `${column}=${field}`).join(";")),
      { nil: undefined },
    ),
  });

  async function check(
    url: string,
    upload: { type: string; body: Buffer } | { type: string; rows: unknown[][] },
    opts: Record<string, string | undefined>,
  ) {
    const file = "rows" in upload ? { type: upload.type, body: await workbookOf(upload.rows) } : upload;
    const query = new URLSearchParams(
      Object.entries(opts).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ).toString();
    const before = await footprint();
    const response = await api.app.inject({
      method: "POST",
      url: `${url}?${query}`,
      headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf, "content-type": file.type },
      payload: file.body,
    });
    const status = response.statusCode;
    expect(status, response.body.slice(0, 500)).toBeLessThan(500);
    if (status >= 400) {
      expect(response.headers["content-type"], response.body.slice(0, 300)).toMatch(
        /^application\/problem\+json/,
      );
      const problem = response.json();
      expect(problem).toMatchObject({ status, code: expect.any(String), detail: expect.any(String) });
    }
    if (status >= 400 || opts.dryRun === "true" || opts.columns === "true")
      expect(await footprint(), `${status} ${response.body.slice(0, 300)}`).toEqual(before);
  }

  it("refuses a --map field that is only a member every object inherits, changing nothing", async () => {
    const csv = { type: "text/csv", body: Buffer.from("Title,Likelihood,Impact\r\nPhishing,3,4\r\n") };
    for (const field of PROTOTYPE_NAMES) {
      for (const url of ["/api/v1/orgs/acme/risks/import", "/api/v1/orgs/acme/soa/import-2013"]) {
        const before = await footprint();
        const response = await api.app.inject({
          method: "POST",
          url: `${url}?map=${encodeURIComponent(`Title=${field}`)}`,
          headers: { cookie: owner.cookie, "x-csrf-token": owner.csrf, "content-type": csv.type },
          payload: csv.body,
        });
        expect(response.statusCode, `${url} ${field}`).toBe(400);
        expect(response.json().detail).toContain(`"${field}" is not a`);
        expect(await footprint()).toEqual(before);
      }
    }
  });

  it(
    "answers generated risk registers below 500 and changes nothing when it refuses one",
    async () => {
      await fc.assert(
        fc.asyncProperty(upload(csvFrom(riskHeaders)), options, async (file, opts) => {
          await check("/api/v1/orgs/acme/risks/import", file, { ...opts, force: undefined });
        }),
        { numRuns: HEAVY_RUNS ?? Math.round(400 * share) },
      );
      expect(rejections).toEqual([]);
    },
    HEAVY_RUNS ? 24 * 3600_000 : 120_000,
  );

  it(
    "answers generated 2013 SoAs below 500 and changes nothing when it refuses one",
    async () => {
      await fc.assert(
        fc.asyncProperty(upload(csvFrom(soaHeaders)), options, async (file, opts) => {
          await check("/api/v1/orgs/acme/soa/import-2013", file, { ...opts, columns: undefined });
        }),
        { numRuns: HEAVY_RUNS ?? Math.round(300 * share) },
      );
      expect(rejections).toEqual([]);
    },
    HEAVY_RUNS ? 24 * 3600_000 : 120_000,
  );
});
