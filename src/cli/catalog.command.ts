/**
 * `isms catalog …`: browse ISO/IEC 27001:2022 clauses and Annex A controls with our ISO/IEC
 * 27002:2022-style guidance, map between the 2013 and 2022 editions, and export the catalog.
 *
 * The catalog modules are imported inside the actions so that `isms --help` stays fast.
 */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { collect } from "./options.js";
import { printJson, writeFileAtomic } from "./output.js";

interface ListOptions {
  theme?: string;
  attribute?: string[];
  new?: boolean;
  json?: boolean;
}

async function listAction(options: ListOptions): Promise<void> {
  const catalog = await import("../catalog/index.js");
  const filter: import("../catalog/index.js").ControlFilter = {};
  if (options.theme !== undefined) {
    const theme = catalog.parseTheme(options.theme);
    if (!theme)
      throw new CliError(
        `unknown theme "${options.theme}"; use one of ${catalog.THEMES.join(", ")}`,
        EXIT_USAGE,
      );
    filter.theme = theme;
  }
  if (options.new) filter.isNew = true;
  let controls = catalog.filterControls(filter);
  for (const expression of options.attribute ?? []) {
    const parsed = catalog.parseAttributeFilter(expression);
    if (!parsed.ok) throw new CliError(parsed.error, EXIT_USAGE);
    const { name, value } = parsed;
    controls = controls.filter((c) => (c.attributes[name] as readonly string[]).includes(value));
  }
  if (options.json) return printJson(controls);
  const { renderControlTable } = await import("./catalog.render.js");
  process.stdout.write(renderControlTable(controls));
}

async function showAction(id: string, options: { json?: boolean }): Promise<void> {
  const { resolveEntry } = await import("../catalog/index.js");
  const entry = resolveEntry(id);
  if (!entry) {
    throw new CliError(
      `no control or clause "${id}": use an Annex A id such as 8.11 or A.8.11, a clause such as 6.1.3, or a 2013 id such as A.12.4.1`,
    );
  }
  if (options.json) {
    return printJson(
      entry.kind === "clause"
        ? { kind: entry.kind, ...entry.clause }
        : { kind: entry.kind, ...entry.control },
    );
  }
  const render = await import("./catalog.render.js");
  const text =
    entry.kind === "control"
      ? render.renderControl(entry.control)
      : entry.kind === "clause"
        ? render.renderClause(entry.clause)
        : render.renderControl2013(entry.control);
  process.stdout.write(text);
}

async function mapAction(id: string, options: { json?: boolean }): Promise<void> {
  const { mapControl } = await import("../catalog/index.js");
  const mapping = mapControl(id);
  if (!mapping) {
    throw new CliError(
      `"${id}" is neither a 2022 control (such as 8.15) nor a 2013 control (such as A.12.4.1)`,
    );
  }
  const render = await import("./catalog.render.js");
  if (options.json) return printJson(render.mappingJson(mapping));
  process.stdout.write(render.renderMapping(mapping));
}

async function exportAction(options: { format: string; out?: string }): Promise<void> {
  const format = options.format.toLowerCase();
  if (format !== "json" && format !== "csv") {
    throw new CliError(`unknown format "${options.format}"; use json or csv`, EXIT_USAGE);
  }
  const { catalogDocument, catalogCsvRows, CATALOG_CSV_COLUMNS } = await import("../catalog/document.js");
  let content: string;
  if (format === "json") {
    content = `${JSON.stringify(catalogDocument(), null, 2)}\n`;
  } else {
    const { toCsv } = await import("../exports/csv.js");
    content = toCsv(CATALOG_CSV_COLUMNS, catalogCsvRows());
  }
  if (!options.out) {
    process.stdout.write(content);
    return;
  }
  const written = await writeFileAtomic(options.out, content);
  process.stderr.write(`Wrote the catalog (${format.toUpperCase()}) to ${written}\n`);
}

/** Registers the `catalog` command group on the program. */
export function registerCatalogCommands(program: Command): void {
  const catalog = program
    .command("catalog")
    .description("browse ISO/IEC 27001:2022 clauses and Annex A controls with ISO/IEC 27002:2022 guidance");

  catalog
    .command("list")
    .description("list Annex A controls, optionally filtered")
    .option("--theme <theme>", "organizational | people | physical | technological")
    .option(
      "--attribute <name=value>",
      "filter by an attribute, e.g. concepts=Detect or operationalCapabilities=Asset_management (repeatable)",
      collect,
    )
    .option("--new", "only the 11 controls new in 2022")
    .option("--json", "machine-readable output")
    .action(listAction);

  catalog
    .command("show")
    .description("show a control (8.11, A.8.11), a clause (6.1.3, clause:5.1) or a 2013 control (A.12.4.1)")
    .argument("<id>", "control, clause or 2013 control id")
    .option("--json", "machine-readable output")
    .action(showAction);

  catalog
    .command("map")
    .description("map 2013 -> 2022 (A.12.4.1) or 2022 -> 2013 (8.15)")
    .argument("<id>", "a 2013 or 2022 control id")
    .option("--json", "machine-readable output")
    .action(mapAction);

  catalog
    .command("export")
    .description("export the whole catalog")
    .option("--format <format>", "json | csv", "json")
    .option("--out <file>", "write to a file instead of standard output")
    .action(exportAction);
}
