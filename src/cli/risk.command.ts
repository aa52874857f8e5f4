/**
 * `isms risk …`: the risk register (ISO/IEC 27001 6.1.2, 6.1.3, 8.2, 8.3) on the command line.
 */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { orgOption as org } from "./options.js";
import { printJson, writeFileAtomic } from "./output.js";
import { registerRiskImport } from "./risk-import.command.js";
import { requireOrg, withOrgScope, withWorkspace } from "./workspace.js";

interface RiskFlags {
  org?: string;
  json?: boolean;
  key?: string;
  title?: string;
  description?: string;
  threat?: string;
  vulnerability?: string;
  consequence?: string;
  owner?: string;
  cia?: string;
  assets?: string;
  likelihood?: string;
  impact?: string;
  existingControls?: string;
  treatment?: string;
  controls?: string;
  ownControls?: string;
  residualLikelihood?: string;
  residualImpact?: string;
  residualJustification?: string;
  acceptBy?: string;
  acceptComment?: string;
  exception?: string;
  nextReview?: string;
  status?: string;
  action?: string[];
}

const list = (text: string | undefined) =>
  text === undefined
    ? undefined
    : text
        .split(/[,;]/)
        .map((t) => t.trim())
        .filter(Boolean);

/** Turns command-line flags into risk input; scale values may be numbers or level names. */
async function flagsToInput(
  flags: RiskFlags,
  scales: {
    likelihood: import("../domain/risk-method.js").ScaleLevel[];
    impact: import("../domain/risk-method.js").ScaleLevel[];
  },
) {
  const { scaleValueOf } = await import("../domain/risk-method.js");
  const { parseControlList, parseCia } = await import("../modules/risks/risk-import.service.js");
  const scale = (text: string | undefined, levels: typeof scales.likelihood, flag: string) => {
    if (text === undefined) return undefined;
    const value = scaleValueOf(text, levels);
    if (typeof value === "string") throw new CliError(`${flag}: ${value}`, EXIT_USAGE);
    return value;
  };
  const likelihood = scale(flags.likelihood, scales.likelihood, "--likelihood");
  const impact = scale(flags.impact, scales.impact, "--impact");
  const rl = scale(flags.residualLikelihood, scales.likelihood, "--residual-likelihood");
  const ri = scale(flags.residualImpact, scales.impact, "--residual-impact");
  let controls: string[] | undefined;
  if (flags.controls !== undefined) {
    const parsed = parseControlList(flags.controls);
    if (parsed.unknown.length)
      throw new CliError(`--controls: not Annex A controls: ${parsed.unknown.join(", ")}`, EXIT_USAGE);
    controls = parsed.ids;
  }
  const input: Record<string, unknown> = {
    key: flags.key,
    title: flags.title,
    description: flags.description,
    threat: flags.threat,
    vulnerability: flags.vulnerability,
    consequence: flags.consequence,
    owner: flags.owner,
    cia: flags.cia === undefined ? undefined : parseCia(flags.cia),
    assets: list(flags.assets),
    inherent: likelihood !== undefined || impact !== undefined ? { likelihood, impact } : undefined,
    existingControls: flags.existingControls,
    treatment: flags.treatment,
    controls,
    ownControls:
      flags.ownControls === undefined
        ? undefined
        : flags.ownControls
            .split(";")
            .map((c) => c.trim())
            .filter(Boolean),
    residual: rl !== undefined || ri !== undefined ? { likelihood: rl, impact: ri } : undefined,
    residualJustification: flags.residualJustification,
    acceptance: flags.acceptBy
      ? { by: flags.acceptBy, comment: flags.acceptComment, exception: flags.exception }
      : undefined,
    nextReviewOn: flags.nextReview,
    status: flags.status,
    actions: flags.action?.map((text) => {
      const [title = "", owner, dueOn] = text.split("|").map((p) => p.trim());
      return { title, owner: owner || null, dueOn: dueOn || null };
    }),
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

function riskOptions(command: Command): Command {
  return command
    .option("--title <text>", "short name of the risk")
    .option("--description <text>")
    .option("--threat <text>")
    .option("--vulnerability <text>")
    .option("--consequence <text>")
    .option("--owner <name>", "the risk owner")
    .option("--cia <list>", "affected properties, e.g. C,I")
    .option("--assets <keys>", "asset keys, e.g. A-001,A-004")
    .option("--likelihood <value>", "inherent likelihood: a number or a level name")
    .option("--impact <value>", "inherent impact: a number or a level name")
    .option("--existing-controls <text>")
    .option("--treatment <option>", "modify | retain | avoid | share")
    .option("--controls <ids>", "planned Annex A controls, e.g. 8.8,A.8.9")
    .option("--own-controls <list>", "the organization's own controls, separated by ;")
    .option("--residual-likelihood <value>")
    .option("--residual-impact <value>")
    .option("--residual-justification <text>", "required when residual is above inherent")
    .option("--accept-by <name>", "the risk owner accepting the residual risk")
    .option("--accept-comment <text>")
    .option("--exception <text>", "justification for accepting a risk above the acceptance criteria")
    .option("--next-review <date>", "YYYY-MM-DD")
    .option("--status <status>", "open | treatment | accepted | closed")
    .option(
      "--action <title|owner|due>",
      "a treatment action (repeatable); replaces the current ones",
      (v: string, p: string[] = []) => [...p, v],
    )
    .option("--json", "machine-readable output");
}

export function registerRiskCommands(program: Command): void {
  const risk = program.command("risk").description("the risk register, methodology, heat map and import");

  org(risk.command("list").description("list risks"))
    .option("--limit <n>", "at most this many", Number)
    .option("--offset <n>", "skip this many", Number)
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; json?: boolean; limit?: number; offset?: number }) => {
      const { listRisks } = await import("../modules/risks/risk.service.js");
      const risks = await withWorkspace(async ({ ws }) =>
        listRisks(ws.db, (await requireOrg(ws, o.org)).id, {
          ...(o.limit !== undefined && { limit: o.limit }),
          ...(o.offset !== undefined && { offset: o.offset }),
        }),
      );
      if (o.json) return printJson(risks);
      process.stdout.write((await import("./risk.render.js")).renderRiskTable(risks));
    });

  org(risk.command("show").description("show one risk").argument("<key>", "e.g. R-012"))
    .option("--json", "machine-readable output")
    .action(async (key: string, o: { org?: string; json?: boolean }) => {
      const { getRisk } = await import("../modules/risks/risk.service.js");
      const view = await withWorkspace(async ({ ws }) =>
        getRisk(ws.db, (await requireOrg(ws, o.org)).id, key),
      );
      if (o.json) return printJson(view);
      process.stdout.write((await import("./risk.render.js")).renderRisk(view));
    });

  riskOptions(org(risk.command("add").description("add a risk (scored with the organization's methodology)")))
    .option("--key <key>", "the risk's key; R-### is assigned when omitted")
    .action(async (o: RiskFlags) => {
      const { createRisk } = await import("../modules/risks/risk.service.js");
      const { getMethodology } = await import("../modules/risks/methodology.service.js");
      const view = await withOrgScope(o.org, async (scope) => {
        const { method } = await getMethodology(scope.read);
        const input = await flagsToInput(o, method);
        return createRisk(scope.db, scope.orgId, scope.actor, input as never);
      });
      if (o.json) return printJson(view);
      process.stdout.write(`Added ${view.key}: ${view.inherent?.score} ${view.inherent?.level}\n`);
    });

  riskOptions(
    org(risk.command("update").description("update a risk at its current version").argument("<key>")),
  )
    .requiredOption(
      "--if-version <n>",
      "the version you read (see risk show); a stale version is refused",
      Number,
    )
    .action(async (key: string, o: RiskFlags & { ifVersion: number }) => {
      const { updateRisk } = await import("../modules/risks/risk.service.js");
      const { getMethodology } = await import("../modules/risks/methodology.service.js");
      const view = await withOrgScope(o.org, async (scope) => {
        const { method } = await getMethodology(scope.read);
        return updateRisk(
          scope.db,
          scope.orgId,
          scope.actor,
          key,
          o.ifVersion,
          (await flagsToInput(o, method)) as never,
        );
      });
      if (o.json) return printJson(view);
      process.stdout.write(`Updated ${view.key} (now version ${view.version})\n`);
    });

  registerRiskImport(risk);

  org(risk.command("export").description("export the register as CSV or JSON (CSV imports back)"))
    .option("--format <format>", "csv | json", "csv")
    .option("--out <file>", "write to a file instead of standard output")
    .action(async (o: { org?: string; format: string; out?: string }) => {
      const { listRisks } = await import("../modules/risks/risk.service.js");
      const risks = await withWorkspace(async ({ ws }) => listRisks(ws.db, (await requireOrg(ws, o.org)).id));
      let content: string;
      if (o.format === "json") content = `${JSON.stringify(risks, null, 2)}\n`;
      else if (o.format === "csv") {
        const { toCsv } = await import("../exports/csv.js");
        const { RISK_EXPORT_COLUMNS, riskExportRows } = await import("../modules/risks/risk-export.js");
        content = toCsv(RISK_EXPORT_COLUMNS, riskExportRows(risks));
      } else throw new CliError(`unknown format "${o.format}"; use csv or json`, EXIT_USAGE);
      if (!o.out) return void process.stdout.write(content);
      process.stderr.write(`Wrote ${risks.length} risks to ${await writeFileAtomic(o.out, content)}\n`);
    });

  org(risk.command("heatmap").description("heat map of risks by likelihood and impact, in colour"))
    .option("--residual", "show residual instead of inherent risk")
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; residual?: boolean; json?: boolean }) => {
      const { riskHeatMaps } = await import("../modules/risks/risk-views.service.js");
      // The same SQL counts as the API's heat maps.
      const maps = await withOrgScope(o.org, (scope) => riskHeatMaps(scope));
      const { method, total } = maps;
      const which = o.residual ? "residual" : "inherent";
      const counts = maps[which];
      if (o.json)
        return printJson({
          which,
          likelihood: method.likelihood.length,
          impact: method.impact.length,
          counts,
        });
      const { renderHeatMap, colourWanted } = await import("./risk.render.js");
      process.stdout.write(
        renderHeatMap(
          method,
          counts,
          `${which === "residual" ? "Residual" : "Inherent"} risk: ${total} risks`,
          colourWanted(),
        ),
      );
    });

  org(risk.command("report").description("top risks, overdue actions, gaps and risks per control"))
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; json?: boolean }) => {
      const { listRisks } = await import("../modules/risks/risk.service.js");
      const views = await import("../domain/risk-views.js");
      const risks = await withWorkspace(async ({ ws }) => listRisks(ws.db, (await requireOrg(ws, o.org)).id));
      const today = new Date().toISOString().slice(0, 10);
      const top = views.topRisks(risks, 10) as typeof risks;
      const overdue = views.overdueActions(risks, today);
      const gaps = views.riskGaps(risks, today);
      const perControl = views.risksPerControl(risks);
      if (o.json) {
        return printJson({
          top: top.map((r) => r.key),
          overdueActions: overdue,
          gaps,
          risksPerControl: Object.fromEntries(perControl),
          controlsPerRisk: Object.fromEntries(risks.map((r) => [r.key, r.controls])),
        });
      }
      process.stdout.write(
        (await import("./risk.render.js")).renderRiskReport(top, overdue, gaps, perControl),
      );
    });

  org(risk.command("method").description("show the risk methodology, its document, or change it"))
    .option("--document", "print the clause 6.1.2 methodology document (markdown)")
    .option("--set <file>", "a JSON methodology to adopt; shows what changes for existing risks")
    .option("--yes", "with --set: apply the change after showing it")
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; document?: boolean; set?: string; yes?: boolean; json?: boolean }) => {
      const service = await import("../modules/risks/methodology.service.js");
      await withOrgScope(o.org, async (scope, { ws, actor }) => {
        const orgRow = { id: scope.orgId };
        if (o.document) return void process.stdout.write(await service.methodologyDocument(ws.db, orgRow.id));
        if (!o.set) {
          const stored = await service.getMethodology(scope.read);
          if (o.json) return printJson(stored);
          return void process.stdout.write(await service.methodologyDocument(ws.db, orgRow.id));
        }
        const { readFile } = await import("node:fs/promises");
        let input: unknown;
        try {
          input = JSON.parse(await readFile(o.set, "utf8"));
        } catch (error) {
          throw new CliError(`cannot read ${o.set} as JSON: ${(error as Error).message}`, EXIT_USAGE);
        }
        const preview = await service.previewMethodologyChange(ws.db, orgRow.id, input);
        const { renderRescale } = await import("./risk.render.js");
        if (!o.yes) {
          if (o.json) return printJson({ applied: false, changes: preview.changes });
          process.stdout.write(
            `${renderRescale(preview.changes)}Nothing changed yet: run again with --yes to apply.\n`,
          );
          return;
        }
        const changes = await service.applyMethodologyChange(
          ws.db,
          orgRow.id,
          actor,
          input,
          preview.changes.length,
        );
        if (o.json) return printJson({ applied: true, changes });
        process.stdout.write(
          `${renderRescale(changes)}Methodology saved; ${changes.length} risk(s) rescaled.\n`,
        );
      });
    });
}
