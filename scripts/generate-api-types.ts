/**
 * Writes web/src/api/schema.d.ts, the web app's types of the HTTP API, from the OpenAPI document
 * the server builds from its zod schemas:
 *
 *   npm run gen:api              regenerate the file
 *   npm run gen:api -- --check   exit 1 when the checked-in file is not what the server describes
 *
 * The app is built in-process on an empty SQLite workspace in a temporary folder (nothing listens
 * on a port), and its document is turned into types with openapi-typescript's Node API.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { type OpenAPI3 } from "openapi-typescript";
import { buildApp } from "../src/http/app.js";
import { openWorkspace } from "../src/modules/workspace.js";

const TARGET = fileURLToPath(new URL("../web/src/api/schema.d.ts", import.meta.url));

const HEADER = `/**
 * The HTTP API's types, generated from its OpenAPI document by \`npm run gen:api\`. Do not edit:
 * change the server's zod schemas and regenerate (\`npm run check\` fails when this file is stale).
 */

`;

async function openApiDocument(): Promise<OpenAPI3> {
  const dir = await mkdtemp(join(tmpdir(), "isms-openapi-"));
  try {
    const ws = await openWorkspace({
      databaseUrl: `file:${join(dir, "isms.db")}`,
      dataDir: dir,
      maxUploadBytes: 1024 * 1024,
    });
    try {
      const app = await buildApp({ ws, logLevel: false });
      await app.ready();
      const document = app.swagger() as unknown as OpenAPI3;
      await app.close();
      return document;
    } finally {
      await ws.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function generateApiTypes(): Promise<string> {
  const document = await openApiDocument();
  // A JSON round trip drops undefined values and leaves plain data only.
  const types = await openapiTS(JSON.parse(JSON.stringify(document)) as OpenAPI3, {
    commentHeader: HEADER,
    silent: true,
  });
  return `${types.trimEnd()}\n`;
}

async function main(): Promise<number> {
  const check = process.argv.includes("--check");
  const generated = await generateApiTypes();
  const current = await readFile(TARGET, "utf8").catch(() => undefined);
  if (check) {
    if (current === generated) return 0;
    console.error(
      current === undefined
        ? "web/src/api/schema.d.ts is missing: run npm run gen:api"
        : "web/src/api/schema.d.ts does not match the server's OpenAPI document: run npm run gen:api",
    );
    return 1;
  }
  if (current !== generated) await writeFile(TARGET, generated);
  console.log(
    current === generated ? "web/src/api/schema.d.ts is up to date" : "wrote web/src/api/schema.d.ts",
  );
  return 0;
}

process.exitCode = await main();
