import { createReadStream, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CatalogError, type ParsedCatalog, readOscalCatalog, readOscalCatalogFile } from "./oscal-catalog.js";

const HIGH = "test/fixtures/oscal/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json";
const BASIC = "test/fixtures/oscal/basic-catalog.json";

const METADATA = { title: "Small catalog", version: "1.0", "oscal-version": "1.1.2" };

/** A small catalog as JSON text, with its metadata overridden where a test needs to. */
const catalogJson = (body: object, metadata: object = METADATA) =>
  JSON.stringify({ catalog: { uuid: "0b2b5b0e-3d1c-4a0e-9c1e-6f1f2a3b4c5d", metadata, ...body } });

const read = (json: string, options?: { maxItems?: number }) =>
  readOscalCatalog(Readable.from([json]), options);

/** The CatalogError that reading `json` fails with. */
async function failure(json: string, options?: { maxItems?: number }): Promise<CatalogError> {
  const error = await read(json, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CatalogError);
  return error as CatalogError;
}

describe("NIST SP 800-53 rev 5 HIGH baseline (resolved catalog)", () => {
  let parsed: ParsedCatalog;
  const high = async () => {
    parsed ??= await readOscalCatalogFile(HIGH);
    return parsed;
  };

  it("reads the metadata and counts 18 families and 370 controls and enhancements", async () => {
    const { catalog, groups, controls, items } = await high();
    expect(catalog).toEqual({
      uuid: "04cb5e64-3135-4ec4-ab96-fb98c611620a",
      title: "NIST Special Publication 800-53 Revision 5.1.1 HIGH IMPACT BASELINE",
      version: "5.1.1+u4",
      oscalVersion: "1.1.2",
      lastModified: "2024-02-13T17:43:49.139028Z",
    });
    expect(groups).toBe(18);
    expect(controls).toBe(370);
    expect(items).toHaveLength(388);
    expect(items.map((item) => item.sort)).toEqual(items.map((_, i) => i));
  });

  it("reads AC-2 with its label, parameters and statement with parameter labels in brackets", async () => {
    const { items } = await high();
    const ac2 = items.find((item) => item.id === "ac-2");
    expect(ac2).toMatchObject({ kind: "control", parent: "ac", depth: 2, label: "AC-2", status: "active" });
    expect(ac2?.title).toBe("Account Management");
    expect(ac2?.params.length).toBeGreaterThan(5);
    expect(ac2?.params[0]).toEqual({ id: "ac-02_odp.01", label: "prerequisites and criteria" });
    expect(ac2?.statement).toContain("a. Define and document the types of accounts");
    expect(ac2?.statement).toContain(
      "c. Require [prerequisites and criteria] for group and role membership;",
    );
    expect(ac2?.statement).not.toContain("{{");
    expect(ac2?.guidance).toMatch(/^Examples of system account types/);
    expect(ac2?.props).toContainEqual({ name: "label", value: "AC-02", class: "zero-padded" });
  });

  it("reads enhancements as controls nested under their base control", async () => {
    const { items } = await high();
    const enhancement = items.find((item) => item.id === "ac-2.12");
    expect(enhancement).toMatchObject({ kind: "control", parent: "ac-2", depth: 3, label: "AC-2(12)" });
    expect(enhancement?.title).toBe("Account Monitoring for Atypical Usage");
    const ids = new Map(items.map((item) => [item.id, item]));
    for (const item of items) {
      const parent = item.parent === null ? null : ids.get(item.parent);
      expect(item.depth).toBe(parent ? parent.depth + 1 : 1);
      if (parent) expect(parent.sort).toBeLessThan(item.sort);
    }
    expect(items.filter((item) => item.kind === "group").every((group) => group.depth === 1)).toBe(true);
  });

  it("gives the same result when the bytes arrive in 4 KB chunks from a generator", async () => {
    const bytes = readFileSync(HIGH);
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 4096) yield bytes.subarray(i, i + 4096);
    }
    expect(await readOscalCatalog(chunks())).toEqual(await high());
  });
});

describe("the basic catalog example", () => {
  it("reads every group and control of the file", async () => {
    const raw = JSON.parse(readFileSync(BASIC, "utf8")) as { catalog: Node };
    type Node = { id: string; groups?: Node[]; controls?: Node[] };
    const expected: { id: string; kind: string }[] = [];
    const walk = (node: Node) => {
      for (const group of node.groups ?? []) {
        expected.push({ id: group.id, kind: "group" });
        walk(group);
      }
      for (const control of node.controls ?? []) {
        expected.push({ id: control.id, kind: "control" });
        walk(control);
      }
    };
    walk(raw.catalog);
    const parsed = await readOscalCatalog(createReadStream(BASIC));
    expect(parsed.items.map(({ id, kind }) => ({ id, kind }))).toEqual(expected);
    expect(parsed.groups).toBe(expected.filter((e) => e.kind === "group").length);
    expect(parsed.controls).toBe(expected.filter((e) => e.kind === "control").length);
    expect(parsed.catalog.oscalVersion).toBe("1.1.2");
  });
});

describe("catalogs of other shapes", () => {
  it("reads controls directly under the catalog, withdrawn controls and prose of nested parts", async () => {
    const parsed = await read(
      catalogJson({
        controls: [
          {
            id: "c-1",
            title: "First",
            class: "basic",
            params: [
              { id: "c-1_prm_1", label: "frequency" },
              { id: "c-1_prm_2", select: { choice: ["a", "b"] } },
            ],
            props: [{ name: "label", value: "C-1" }],
            parts: [
              {
                name: "statement",
                prose: "Do this:",
                parts: [
                  {
                    name: "item",
                    props: [{ name: "label", value: "a." }],
                    prose: "every {{ insert: param, c-1_prm_1 }};",
                  },
                  { name: "item", prose: "as {{insert: param, c-1_prm_2}}." },
                ],
              },
              { name: "guidance", prose: "Because." },
            ],
            controls: [{ id: "c-1.1", title: "Enhanced", props: [{ name: "status", value: "withdrawn" }] }],
          },
        ],
      }),
    );
    expect(parsed.groups).toBe(0);
    expect(parsed.controls).toBe(2);
    const [first, enhanced] = parsed.items;
    expect(first).toMatchObject({ id: "c-1", parent: null, depth: 1, sort: 0, label: "C-1", class: "basic" });
    expect(first?.statement).toBe("Do this:\na. every [frequency];\nas [c-1_prm_2].");
    expect(first?.guidance).toBe("Because.");
    expect(first?.params[1]).toEqual({ id: "c-1_prm_2", label: null, choices: ["a", "b"] });
    expect(enhanced).toMatchObject({ id: "c-1.1", parent: "c-1", depth: 2, sort: 1, status: "withdrawn" });
    expect(enhanced?.statement).toBeNull();
  });

  it("reads bytes one at a time, a byte-order mark and characters split across chunks", async () => {
    const json = `\uFEFF${catalogJson({ controls: [{ id: "c", title: "Übersicht – 🔒 Zugriff" }] })}`;
    const bytes = Buffer.from(json, "utf8");
    async function* oneByOne() {
      for (const byte of bytes) yield Uint8Array.of(byte);
    }
    const parsed = await readOscalCatalog(oneByOne());
    expect(parsed.items[0]?.title).toBe("Übersicht – 🔒 Zugriff");
    const broken = await readOscalCatalog(Readable.from([Buffer.from([0x7b, 0xff, 0x7d])])).catch((e) => e);
    expect(broken).toBeInstanceOf(CatalogError);
    expect(broken.message).toMatch(/not valid UTF-8/);
  });

  it("reads groups nested in groups, whatever the order of their members", async () => {
    const parsed = await read(
      catalogJson({
        groups: [
          {
            groups: [{ controls: [{ title: "C", id: "c" }], title: "Inner", id: "inner" }],
            id: "outer",
            title: "O",
          },
        ],
      }),
    );
    expect(parsed.items.map((i) => [i.id, i.parent, i.kind, i.depth])).toEqual([
      ["outer", null, "group", 1],
      ["inner", "outer", "group", 2],
      ["c", "inner", "control", 3],
    ]);
  });
});

describe("malformed catalogs", () => {
  const group = (controls: object[]) => catalogJson({ groups: [{ id: "g", title: "G", controls }] });

  it("names the path of a control without a title", async () => {
    const error = await failure(group([{ id: "c-1", title: "One" }, { id: "c-2" }]));
    expect(error.path).toBe("$.catalog.groups[0].controls[1].title");
    expect(error.message).toBe("$.catalog.groups[0].controls[1].title: required");
  });

  it("names the duplicate and the first use of an id", async () => {
    const error = await failure(
      group([
        { id: "c-1", title: "One" },
        { id: "c-1", title: "Again" },
      ]),
    );
    expect(error.path).toBe("$.catalog.groups[0].controls[1].id");
    expect(error.message).toContain('duplicate id "c-1", first used at $.catalog.groups[0].controls[0]');
  });

  it("refuses ids that are not OSCAL tokens and params without an id", async () => {
    expect((await failure(group([{ id: "1st", title: "One" }]))).path).toBe(
      "$.catalog.groups[0].controls[0].id",
    );
    const params = await failure(group([{ id: "c", title: "C", params: [{ id: "p" }, { label: "x" }] }]));
    expect(params.message).toBe("$.catalog.groups[0].controls[0].params[1].id: required");
  });

  it("refuses OSCAL versions other than 1.0 and 1.1, and missing metadata", async () => {
    const error = await failure(catalogJson({ controls: [] }, { ...METADATA, "oscal-version": "1.2.0" }));
    expect(error.message).toBe("$.catalog.metadata.oscal-version: OSCAL 1.2.0 is not supported (1.0 to 1.1)");
    const untitled = await failure(catalogJson({}, { version: "1", "oscal-version": "1.0.4" }));
    expect(untitled.path).toBe("$.catalog.metadata.title");
    expect((await failure('{"catalog":{"metadata":{}}}')).path).toBe("$.catalog.metadata.title");
  });

  it("gives the path and byte offset where truncated or broken JSON stops", async () => {
    const json = group([
      { id: "c-1", title: "One" },
      { id: "c-2", title: "Two" },
    ]);
    const cut = json.slice(0, json.indexOf('"Two"'));
    const truncated = await failure(cut);
    expect(truncated.path).toBe("$.catalog.groups[0].controls[1].title");
    expect(truncated.offset).toBe(Buffer.byteLength(cut));
    expect(truncated.message).toMatch(/ends too early/);
    const brokenJson = json.replace('"title":"Two"', '"title" "Two"');
    const broken = await failure(brokenJson);
    expect(broken.path).toBe("$.catalog.groups[0].controls[1].title");
    expect(broken.offset).toBe(brokenJson.indexOf('"Two"'));
    expect(broken.message).toBe(
      `$.catalog.groups[0].controls[1].title: invalid JSON at byte ${broken.offset}: expected ':'`,
    );
  });

  it("refuses a root that is not an object with a catalog", async () => {
    const array = await failure("[1, 2]");
    expect(array.path).toBe("$");
    expect(array.message).toMatch(/must be a JSON object .* not an array/);
    expect((await failure('{"profile":{}}')).path).toBe("$.catalog");
    expect((await failure("")).message).toMatch(/ends too early/);
  });

  it("stops at maxItems", async () => {
    const controls = Array.from({ length: 5 }, (_, i) => ({ id: `c-${i}`, title: `C${i}` }));
    expect((await read(group(controls), { maxItems: 6 })).items).toHaveLength(6);
    const error = await failure(group(controls), { maxItems: 5 });
    expect(error.message).toBe("$.catalog.groups[0].controls[4]: more than 5 groups and controls (maxItems)");
  });
});
