/**
 * The README's list of organization routes is the API's: every path it names exists, and every
 * resource the API has under /api/v1/orgs/{slug}/ is named there.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTable } from "../../src/http/app.js";
import { type ApiHarness, openApi } from "../support/api.js";

describe("README route list", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await openApi("sqlite");
  });
  afterAll(async () => {
    await api.dispose();
  });

  it("matches the routes the server declares", () => {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("Everything the CLI does per organization has a route"));
    const listed = section.slice(0, section.indexOf("\n\n"));
    const named = [...listed.matchAll(/`([a-z0-9{}/-]+)`/gi)].map((m) => m[1] ?? "");
    const prefix = "/api/v1/orgs/:slug/";
    const served = routeTable(api.app)
      .map((r) => r.url)
      .filter((url) => url.startsWith(prefix))
      .map((url) => url.slice(prefix.length).replace(/:(\w+)/g, "{$1}"));
    const servedSet = new Set(served);
    const unknown = named.filter(
      (path) => /^[a-z]/.test(path) && !path.startsWith("api") && !servedSet.has(path),
    );
    expect(unknown, "paths in the README that the server does not serve").toEqual([]);
    const resources = new Set(served.map((path) => path.split("/")[0]));
    const mentioned = new Set(named.map((path) => path.split("/")[0]));
    const missing = [...resources].filter((r) => r && !mentioned.has(r));
    expect(missing, "resources the server has that the README does not name").toEqual([]);
  });
});
