/**
 * `isms framework …` (frameworks beside ISO: list, import an OSCAL catalog, import a mapping, note
 * a requirement) and `isms coverage FRAMEWORK`: how far the ISMS covers NIS2 or SP 800-53.
 */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { out } from "./policy.shared.js";
import { withOrgScope, withWorkspace } from "./workspace.js";

const STATE_WORDS: Record<string, string> = {
  covered: "covered",
  partial: "partly covered",
  not_covered: "NOT COVERED",
  not_applicable: "not applicable",
  unmapped: "unmapped (own treatment)",
};

export function registerFrameworkCommands(program: Command): void {
  const framework = program
    .command("framework")
    .description("frameworks beside ISO/IEC 27001: NIS2, imported catalogs");
  framework
    .command("list")
    .description("the frameworks of this installation with their mappings and attributions")
    .option("--json", "machine-readable output")
    .action(async (o: { json?: boolean }) => {
      const { listFrameworks } = await import("../modules/frameworks/framework.registry.js");
      const list = await withWorkspace(({ ws }) => listFrameworks(ws.db));
      if (o.json) return printJson({ frameworks: list });
      for (const f of list)
        out(
          `${f.id}\t${f.kind}\t${f.requirements} requirements\t${f.title}\n  ${f.attribution.join("\n  ")}`,
        );
    });
  framework
    .command("import <file>")
    .description(
      "import an OSCAL catalog (JSON, OSCAL 1.0 to 1.1) as a framework; importing it again changes nothing",
    )
    .option("--id <id>", "the id to keep it under (default: from its title)")
    .option("--json", "machine-readable output")
    .action(async (file: string, o: { id?: string; json?: boolean }) => {
      const { createReadStream } = await import("node:fs");
      const { access } = await import("node:fs/promises");
      await access(file).catch(() => {
        throw new CliError(`cannot read ${file}`, EXIT_USAGE);
      });
      const { importCatalog } = await import("../modules/frameworks/framework.import.js");
      const result = await withWorkspace(({ ws, actor }) =>
        importCatalog(ws.db, actor, createReadStream(file), { id: o.id }),
      );
      if (o.json) return printJson(result);
      const verb = { created: "Imported", replaced: "Replaced", unchanged: "Already imported, unchanged:" }[
        result.outcome
      ];
      out(
        `${verb} ${result.framework.title} (version ${result.framework.version}) as ${result.framework.id}: ${result.groups} groups, ${result.controls} controls`,
      );
    });
  framework
    .command("map <file>")
    .description(
      "import your own mapping (CSV: source id, ISO reference such as 5.15 or clause 6.1.2, relationship)",
    )
    .requiredOption("--framework <id>", "the framework whose requirements the first column names")
    .option("--title <title>", "the mapping's name (a second import under it replaces the first)")
    .option("--source <text>", "where the mapping comes from, shown with the coverage")
    .option("--licence <text>", "its licence, shown with the coverage")
    .option("--json", "machine-readable output")
    .action(
      async (
        file: string,
        o: { framework: string; title?: string; source?: string; licence?: string; json?: boolean },
      ) => {
        const { readFile } = await import("node:fs/promises");
        const text = await readFile(file, "utf8").catch(() => {
          throw new CliError(`cannot read ${file}`, EXIT_USAGE);
        });
        const { importMapping } = await import("../modules/frameworks/framework.import.js");
        const result = await withWorkspace(({ ws, actor }) =>
          importMapping(ws.db, actor, o.framework, text, o),
        );
        if (o.json) return printJson(result);
        out(`Imported ${result.pairs} pairs as "${result.mapping.title}" for ${result.framework}`);
      },
    );
  org(
    framework
      .command("note <framework> <requirement>")
      .description("who owns a requirement beyond ISO, and what is done"),
  )
    .option("--owner <name>", "the owner")
    .option("--note <text>", "what the team does about it")
    .option("--json", "machine-readable output")
    .action(
      async (
        fw: string,
        requirement: string,
        o: { org?: string; owner?: string; note?: string; json?: boolean },
      ) => {
        if (o.owner === undefined && o.note === undefined)
          throw new CliError("give --owner, --note or both", EXIT_USAGE);
        const { setCoverageNote } = await import("../modules/frameworks/coverage.service.js");
        const result = await withOrgScope(o.org, (scope) => setCoverageNote(scope, fw, requirement, o));
        if (o.json) return printJson(result);
        out(`${result.requirement}: owner ${result.owner ?? "none"}${result.note ? `; ${result.note}` : ""}`);
      },
    );

  org(
    program
      .command("coverage <framework>")
      .description("how far the ISMS covers a framework (nis2, or an imported catalog)"),
  )
    .option(
      "--state <state>",
      "only requirements in this state (covered, partial, not_covered, not_applicable, unmapped)",
    )
    .option("--json", "machine-readable output")
    .action(async (fw: string, o: { org?: string; state?: string; json?: boolean }) => {
      const { frameworkCoverage } = await import("../modules/frameworks/coverage.service.js");
      if (o.state && !(o.state in STATE_WORDS))
        throw new CliError(
          `--state takes ${Object.keys(STATE_WORDS).join(", ")}, not "${o.state}"`,
          EXIT_USAGE,
        );
      const report = await withOrgScope(o.org, (scope) => frameworkCoverage(scope, fw));
      const requirements = o.state
        ? report.requirements.filter((r) => r.state === o.state)
        : report.requirements;
      if (o.json) return printJson({ ...report, requirements });
      out(`${report.framework.title}`);
      out(
        Object.entries(report.summary)
          .map(([state, n]) => `${n} ${STATE_WORDS[state]}`)
          .join(", "),
      );
      for (const r of requirements)
        out(
          `${r.label ?? r.id}\t${STATE_WORDS[r.state]}\t${r.iso.map((i) => i.ref).join(" ") || "-"}\t${r.title.slice(0, 80)}`,
        );
      out(`\n${report.framework.attribution.join("\n")}`);
    });
}
