/**
 * The layers of src/ (see ARCHITECTURE.md), checked by `npm run check`:
 *   catalog/ and domain/ are pure: no database, no HTTP, no modules, no framework;
 *   the interfaces (http/, cli/, mcp/) reach data only through modules/, never db/;
 *   the web app imports no server code but the pure catalog and domain and its generated API types.
 */
/** Resolved paths of frameworks and drivers the pure layers must not use. */
const FRAMEWORKS =
  "(^|/)node_modules/(kysely|fastify|@fastify|pg|better-sqlite3|commander|openai|@modelcontextprotocol|exceljs|docx|pdfkit|jszip|openid-client|piscina|react|@mantine)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "pure-core",
      comment: "catalog/ and domain/ hold pure rules and facts: no I/O, no frameworks, no upper layer.",
      severity: "error",
      from: { path: "^src/(catalog|domain)/" },
      to: { path: "^src/(db|http|modules|cli|mcp|exports|imports|copilot|workers)/" },
    },
    {
      name: "pure-core-frameworks",
      comment: "catalog/ and domain/ import no framework or driver.",
      severity: "error",
      from: { path: "^src/(catalog|domain)/" },
      to: { path: FRAMEWORKS },
    },
    {
      name: "interfaces-not-db",
      comment: "http/, cli/ and mcp/ call services (modules/); SQL stays in modules and db/.",
      severity: "error",
      from: { path: "^src/(http|cli|mcp)/" },
      to: { path: "^src/db/" },
    },
    {
      name: "web-not-server",
      comment: "The web app talks to the server only over HTTP; it may share the pure catalog and domain.",
      severity: "error",
      from: { path: "^web/" },
      to: { path: "^src/", pathNot: "^src/(domain|catalog)/" },
    },
    {
      name: "no-upward-imports",
      comment: "modules/ and db/ never import an interface.",
      severity: "error",
      from: { path: "^src/(modules|db|exports|imports|copilot)/" },
      to: { path: "^src/(http|cli|mcp)/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
  ],
  options: {
    // Type-only imports count: a type from db/ in a route couples it to the schema just the same.
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^dist/" },
    // TypeScript 7 has no JavaScript API for dependency-cruiser to parse with; Babel reads the
    // sources (type-only imports kept, so they count as dependencies too).
    babelConfig: { fileName: ".dependency-cruiser.babel.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".d.ts"] },
  },
};
