/**
 * `isms export …`: audit-ready documents (XLSX, DOCX, PDF, CSV) and `isms verify-export` to check a
 * file against the audit trail.
 */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { FORMATS, type Format } from "../exports/document.js";
import { CliError, EXIT_USAGE } from "./errors.js";
import { registerOscalCommands } from "./oscal.command.js";
import { printJson, writeFileAtomic } from "./output.js";
import { requireOrg, withWorkspace } from "./workspace.js";

const POLICY_REPORTS = ["policy", "policy-acks"];
const TITLES: Record<string, string> = {
  soa: "Statement of Applicability",
  risks: "risk register",
  rtp: "risk treatment plan (actions with owners and target dates)",
  methodology: "risk assessment methodology",
  assets: "asset inventory",
  audit: "internal audit report",
  review: "management review minutes",
  readiness: "certification readiness report",
  suppliers: "supplier register (suppliers and cloud services, assessments, contract terms)",
  incidents: "incident log (severity, status, notifications, lessons learned)",
  requirements: "legal, statutory, regulatory and contractual requirements",
  coverage: "coverage of NIS2 (or an imported framework) by the ISMS, with its sources' attributions",
  policy: "one version of a policy (approval, effective date, content hash, text, change history)",
  "policy-acks": "acknowledgements of a policy's published version (who, when, how, which text)",
};

/** Every report, in the order `isms export --help` lists them. */
const REPORT_NAMES = Object.keys(TITLES);

const VERSION_HELP: Record<string, string> = {
  soa: "an approved version; without it, the current state (a draft unless it is the last approved version)",
  policy: "a version of the policy; without it, the one published, else the latest approved, else the draft",
  "policy-acks": "a published version; without it, the one in force",
};

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`--version takes a version number (1, 2, …), not "${value}"`, EXIT_USAGE);
  return n;
}

/** The format asked for, else the one the file name ends with, else XLSX. */
function formatOf(asked: string | undefined, out: string | undefined): Format {
  const fromName = out?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  const format = asked ?? (fromName && (FORMATS as readonly string[]).includes(fromName) ? fromName : "xlsx");
  if (!(FORMATS as readonly string[]).includes(format))
    throw new CliError(`--format takes ${FORMATS.join(", ")}`, EXIT_USAGE);
  if (asked && fromName && fromName !== asked && (FORMATS as readonly string[]).includes(fromName))
    throw new CliError(
      `--out ends in .${fromName} but --format is ${asked}; leave one out or make them agree`,
      EXIT_USAGE,
    );
  return format as Format;
}

export function registerExportCommands(program: Command): void {
  const exportCommand = program
    .command("export")
    .description(
      "audit-ready documents: soa, risks, rtp, methodology, assets, audit, review, readiness, suppliers, incidents, requirements, coverage, policy, policy-acks",
    );

  for (const report of REPORT_NAMES) {
    const command = exportCommand
      .command(report)
      .description(`export the ${TITLES[report] ?? report}`)
      .option("--org <slug>", "the organization")
      .option("--format <format>", "xlsx | docx | pdf | csv (default: from the --out extension, else xlsx)");
    const forPolicy = POLICY_REPORTS.includes(report);
    if (forPolicy) command.requiredOption("--policy <key>", "the policy's key, e.g. POL-001");
    if (report === "coverage")
      command.option("--framework <id>", "nis2 (the default) or an imported catalog's id");
    const versionHelp = VERSION_HELP[report];
    if (versionHelp) command.option("--version <n>", versionHelp, positiveInteger);
    command
      .option("--out <file>", "file to write (default: organization-report-version-date.format here)")
      .option("--json", "machine-readable output")
      .action(
        async (o: {
          org?: string;
          format?: string;
          version?: number;
          policy?: string;
          framework?: string;
          out?: string;
          json?: boolean;
        }) => {
          const format = formatOf(o.format, o.out);
          const { exportReport } = await import("../exports/export.service.js");
          const result = await withWorkspace(async ({ ws, actor }) =>
            exportReport(ws.db, (await requireOrg(ws, o.org)).id, actor, report as never, format, {
              ...(o.version !== undefined &&
                (forPolicy ? { policyVersion: o.version } : { soaVersion: o.version })),
              ...(o.policy !== undefined && { policy: o.policy }),
              ...(o.framework !== undefined && { framework: o.framework }),
            }),
          );
          const file = await writeFileAtomic(o.out ?? result.fileName, result.data);
          if (o.json) return printJson({ file, documentId: result.doc.documentId, ...result.record });
          process.stdout.write(
            `Wrote ${result.doc.title} (${result.doc.version}${result.doc.draft ? ", not approved" : ""}) to ${file}\nDocument ${result.doc.documentId}, SHA-256 ${result.record.sha256}\n`,
          );
        },
      );
  }

  exportCommand
    .command("pack")
    .description(
      "auditor evidence pack: a ZIP of the SoA, registers and evidence effective in the period, with a manifest",
    )
    .option("--org <slug>", "the organization")
    .option("--period <from..to>", "only evidence effective in this period, e.g. 2026-01-01..2026-06-30")
    .option("--out <file>", "ZIP file to write (default: organization-evidence-pack-date.zip here)")
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; period?: string; out?: string; json?: boolean }) => {
      const { buildEvidencePack } = await import("../exports/pack.service.js");
      const { pack, slug } = await withWorkspace(async ({ ws, actor }) => {
        const org = await requireOrg(ws, o.org);
        return { pack: await buildEvidencePack(ws.db, ws.blobs, org.id, actor, o.period), slug: org.slug };
      });
      const name = `${slug}-evidence-pack-${new Date().toISOString().slice(0, 10)}.zip`;
      const file = await writeFileAtomic(o.out ?? name, pack.data);
      const evidence = pack.manifest.files.filter((f) => f.kind === "evidence").length;
      if (o.json)
        return printJson({ file, files: pack.manifest.files.length, evidence, sha256: pack.record.sha256 });
      process.stdout.write(
        `Wrote ${file}: ${pack.manifest.files.length - evidence} documents and ${evidence} evidence files, SHA-256 ${pack.record.sha256}\n`,
      );
    });

  registerOscalCommands(exportCommand);

  program
    .command("verify-export")
    .description("tell whether a file is one this installation produced, and for which version")
    .argument("<file>")
    .option("--json", "machine-readable output")
    .action(async (file: string, o: { json?: boolean }) => {
      const { verifyExport } = await import("../exports/export.service.js");
      const data = await readFile(file).catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      const verdict = await withWorkspace(({ ws }) => verifyExport(ws.db, data));
      // A pack is also checked file by file against its own manifest.
      const isZip = data[0] === 0x50 && data[1] === 0x4b;
      const pack = isZip ? await (await import("../exports/pack.service.js")).verifyPack(data) : undefined;
      if (!verdict.ok || (pack && !pack.ok)) process.exitCode = 1;
      if (o.json) return printJson(pack ? { ...verdict, pack } : verdict);
      if (pack) {
        process.stdout.write(
          pack.ok
            ? `Pack contents: all ${pack.files} files match the manifest\n`
            : `Pack contents: ${pack.problems.join("; ")}\n`,
        );
      }
      process.stdout.write(
        verdict.ok
          ? `OK: ${verdict.report} (${verdict.format}) of ${verdict.organization}, ${verdict.version}, document ${verdict.documentId}, generated ${verdict.generatedAt}\n`
          : `UNKNOWN: no document with SHA-256 ${verdict.sha256} was produced here (edited, or from elsewhere)\n`,
      );
    });
}
