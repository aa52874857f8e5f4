/**
 * The structure checks of `npm run check` catch what they are meant to: a planted forbidden import
 * and a planted oversized file, each in a scratch copy of the project's layout.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const repo = process.cwd();
let scratch: string | undefined;

function project(files: Record<string, string>): string {
  scratch = mkdtempSync(join(tmpdir(), "isms-structure-"));
  for (const config of [
    ".dependency-cruiser.cjs",
    ".dependency-cruiser.babel.json",
    "biome.json",
    "package.json",
  ])
    copyFileSync(join(repo, config), join(scratch, config));
  symlinkSync(join(repo, "node_modules"), join(scratch, "node_modules"), "dir");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
  return scratch;
}

const run = (script: string, cwd: string) =>
  spawnSync(process.execPath, [join(repo, "scripts", script)], { cwd, encoding: "utf8" });

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe("layer check", () => {
  const db = { "src/db/store.ts": "export const store = 1;\n" };

  it("passes a route that reaches data through a module", () => {
    const dir = project({
      ...db,
      "src/modules/things.ts":
        'import { store } from "../db/store.js";\nexport const things = () => store;\n',
      "src/http/routes.ts":
        'import { things } from "../modules/things.js";\nexport const handler = things;\n',
    });
    const result = run("check-layers.mjs", dir);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it.each([
    [
      "an interface importing the database layer",
      "src/http/routes.ts",
      'import { store } from "../db/store.js";\nexport const x = store;\n',
      "interfaces-not-db",
    ],
    [
      "the domain importing a module",
      "src/domain/rule.ts",
      'import { things } from "../modules/things.js";\nexport const y = things;\n',
      "pure-core",
    ],
    [
      "the domain importing a framework",
      "src/domain/rule.ts",
      'import { Kysely } from "kysely";\nexport const z = Kysely;\n',
      "pure-core-frameworks",
    ],
    [
      "the web app importing server code",
      "web/src/page.tsx",
      'import { things } from "../../src/modules/things.js";\nexport const Page = () => <p>{String(things)}</p>;\n',
      "web-not-server",
    ],
  ])("fails on %s", (_what, path, text, rule) => {
    const dir = project({
      ...db,
      "src/modules/things.ts": "export const things = 1;\n",
      [path]: text,
    });
    const result = run("check-layers.mjs", dir);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain(rule);
  });
});

describe("import lint (the same rule for type-only imports)", () => {
  it("fails on an interface's type-only import of the database layer", () => {
    const dir = project({
      "src/db/schema.ts": "export interface Database { id: string }\n",
      "src/cli/command.ts": 'import type { Database } from "../db/schema.js";\nexport type Row = Database;\n',
    });
    const result = spawnSync(
      join(repo, "node_modules", ".bin", "biome"),
      ["lint", "--vcs-enabled=false", "src/cli/command.ts"],
      { cwd: dir, encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain("noRestrictedImports");
  });
});

describe("size check", () => {
  const body = (n: number) =>
    `${Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join("\n")}\n`;

  it("fails on a new file over 300 lines and passes an exempt data table", () => {
    const dir = project({ "src/modules/big.ts": body(301), "src/catalog/things.data.ts": body(900) });
    const result = run("check-size.mjs", dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("src/modules/big.ts: 301 lines");
    expect(result.stderr).not.toContain("things.data.ts");
  });

  it("lets a listed file shrink but not grow", () => {
    const dir = project({ "src/modules/big.ts": body(320) });
    writeFileSync(join(dir, ".size-allowlist.json"), JSON.stringify({ "src/modules/big.ts": 310 }));
    const grown = run("check-size.mjs", dir);
    expect(grown.status).toBe(1);
    expect(grown.stderr).toContain("may only shrink");
    writeFileSync(join(dir, ".size-allowlist.json"), JSON.stringify({ "src/modules/big.ts": 320 }));
    expect(run("check-size.mjs", dir).status).toBe(0);
  });
});
