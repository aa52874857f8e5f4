/** `isms evidence …`: files and links that prove controls, with freshness. */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { truncate } from "./format.js";
import { printJson } from "./output.js";
import { controlFilter } from "./soa.command.js";
import { requireOrg, withWorkspace } from "./workspace.js";

const MIME: Record<string, string> = {
  ".pdf": "application/pdf",
  ".txt": "text/plain",
  ".csv": "text/csv",
  ".md": "text/markdown",
  ".json": "application/json",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".zip": "application/zip",
};

const ids = (text: string | undefined) => (text ? text.split(/[,\s]+/).filter(Boolean) : []);

export function registerEvidenceCommands(program: Command): void {
  const evidence = program
    .command("evidence")
    .description("evidence files and links, linked to controls, risks and audits");

  evidence
    .command("add")
    .description("add a file or a link as evidence")
    .option("--org <slug>", "the organization")
    .requiredOption("--title <text>")
    .option("--file <path>", "a file to store (content-addressed with SHA-256)")
    .option("--url <url>", "a link instead of a file")
    .option("--controls <ids>", "Annex A controls it proves, e.g. 8.13,5.30")
    .option("--risks <keys>", "risks it relates to, e.g. R-001")
    .option("--collected <date>", "when it was collected (YYYY-MM-DD)")
    .option("--effective-from <date>", "start of the period it proves")
    .option("--effective-to <date>", "end of the period it proves")
    .option("--review-due <date>", "when it must be reviewed or renewed")
    .option("--owner <name>")
    .option("--json", "machine-readable output")
    .action(async (o: Record<string, string | undefined>) => {
      if (!o.file === !o.url) throw new CliError("give exactly one of --file or --url", EXIT_USAGE);
      const service = await import("../modules/evidence/evidence.service.js");
      const result = await withWorkspace(async ({ ws, actor }) => {
        const orgRow = await requireOrg(ws, o.org);
        const links = await service.resolveEvidenceTargets(ws.db, orgRow.id, {
          controls: ids(o.controls),
          risks: ids(o.risks),
        });
        const dates = {
          collectedOn: o.collected ?? new Date().toISOString().slice(0, 10),
          effectiveFrom: o.effectiveFrom ?? null,
          effectiveTo: o.effectiveTo ?? null,
          reviewDueOn: o.reviewDue ?? null,
        };
        if (o.url) {
          return {
            evidence: await service.addLinkEvidence(ws.db, orgRow.id, actor, {
              title: o.title ?? "",
              url: o.url,
              owner: o.owner ?? null,
              links,
              ...dates,
            }),
            duplicateOf: undefined,
          };
        }
        const path = o.file ?? "";
        const data = await readFile(path).catch(() => {
          throw new CliError(`cannot read ${path}`);
        });
        return service.addFileEvidence(ws.db, ws.blobs, orgRow.id, actor, {
          title: o.title ?? "",
          data,
          filename: basename(path),
          mime: MIME[extname(path).toLowerCase()] ?? "application/octet-stream",
          owner: o.owner ?? null,
          links,
          ...dates,
        });
      });
      if (o.json) return printJson(result);
      process.stdout.write(
        `Added ${result.evidence.key}${result.evidence.sha256 ? ` (sha256 ${result.evidence.sha256.slice(0, 12)}…)` : ""}\n`,
      );
      if (result.duplicateOf)
        process.stdout.write(`Note: the same file is already stored as ${result.duplicateOf}\n`);
    });

  evidence
    .command("list")
    .description("evidence with freshness, filtered by theme, attribute, control or freshness")
    .option("--org <slug>", "the organization")
    .option("--theme <theme>")
    .option("--attribute <name=value>", "e.g. operationalCapabilities=Identity_and_access_management")
    .option("--control <id>")
    .option("--stale", "only stale evidence")
    .option("--freshness <f>", "current | due_soon | stale")
    .option("--json", "machine-readable output")
    .action(
      async (o: {
        org?: string;
        theme?: string;
        attribute?: string;
        control?: string;
        stale?: boolean;
        freshness?: string;
        json?: boolean;
      }) => {
        const { listEvidence } = await import("../modules/evidence/evidence.service.js");
        const filter = await controlFilter(o);
        const freshness = o.stale ? "stale" : o.freshness;
        if (freshness && !["current", "due_soon", "stale"].includes(freshness))
          throw new CliError("--freshness takes current, due_soon or stale", EXIT_USAGE);
        const items = await withWorkspace(async ({ ws }) =>
          listEvidence(ws.db, (await requireOrg(ws, o.org)).id, {
            ...filter,
            ...(freshness && { freshness: freshness as "current" | "due_soon" | "stale" }),
            ...(o.control && { controlId: o.control }),
          }),
        );
        if (o.json) return printJson(items);
        for (const e of items) {
          process.stdout.write(
            `${e.key.padEnd(7)}${truncate(e.title, 38).padEnd(39)}${e.freshness.padEnd(10)}${truncate(e.controls.join(","), 22)}\n`,
          );
        }
        process.stdout.write(`${items.length} item(s)\n`);
      },
    );

  evidence
    .command("verify")
    .description("read every evidence file back and check its SHA-256 (exit 1 when one is changed or lost)")
    .option("--org <slug>", "the organization")
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; json?: boolean }) => {
      const service = await import("../modules/evidence/evidence.service.js");
      const checks = await withWorkspace(async ({ ws }) => {
        const orgRow = await requireOrg(ws, o.org);
        return service.verifyEvidenceFiles(ws.db, ws.blobs, orgRow.id);
      });
      const bad = checks.filter((c) => c.status !== "ok");
      if (o.json) printJson({ files: checks.length, problems: bad });
      else {
        for (const c of bad)
          process.stdout.write(
            `${c.status.toUpperCase()}  ${c.key}  ${truncate(c.title, 50)}  ${c.sha256}\n`,
          );
        process.stdout.write(
          bad.length
            ? `${bad.length} of ${checks.length} evidence file(s) failed the check\n`
            : `all ${checks.length} evidence file(s) match their SHA-256\n`,
        );
      }
      if (bad.length) process.exitCode = 1;
    });
}
