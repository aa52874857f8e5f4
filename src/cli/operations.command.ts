/**
 * `isms supplier|incident|requirement …`: the operational registers auditors sample — suppliers and
 * cloud services (A.5.19–5.23), incidents (A.5.24–5.28) and legal and contractual requirements
 * (A.5.31). `list --json` prints the records with their keys; `update` needs the version read
 * (`--if-version`), as the API's If-Match does; `export` writes the register as `isms export` does.
 */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { collect, orgOption as org } from "./options.js";
import { printJson, writeFileAtomic } from "./output.js";
import { withOrgScope } from "./workspace.js";

type Flags = { org?: string; json?: boolean };
const out = (text: string) => void process.stdout.write(`${text}\n`);
/** Flags whose values are lists, booleans or numbers in the services' inputs. */
const LISTS = new Set(["controlRefs", "documentRefs"]);
const BOOLEANS = new Set(["cloudService", "personalData"]);

/** The property commander gives a flag: "--next-review <date>" → nextReview. */
const attribute = (flag: string) =>
  (/--([\w-]+)/.exec(flag)?.[1] ?? "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** The record's fields from the command's flags (only those given). */
function fields(o: Record<string, unknown>, spec: Spec): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [flag, name] of spec.options) {
    const value = o[attribute(flag)];
    if (value === undefined) continue;
    if (LISTS.has(name)) input[name] = (value as string[]).flatMap((v) => v.split(/[,;]\s*/));
    else input[name] = BOOLEANS.has(name) ? value === true : value;
  }
  return input;
}

const version = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`--if-version takes the version read, not "${value}"`, EXIT_USAGE);
  return n;
};

interface Spec {
  command: string;
  what: string;
  report: "suppliers" | "incidents" | "requirements";
  /** Flag, field name, help. */
  options: [string, string, string][];
  line: (record: Record<string, unknown>) => string;
  service: () => Promise<{
    list: (scope: never) => Promise<Record<string, unknown>[]>;
    get: (scope: never, key: string) => Promise<Record<string, unknown>>;
    create: (scope: never, input: unknown) => Promise<Record<string, unknown>>;
    update: (scope: never, key: string, version: number, patch: unknown) => Promise<Record<string, unknown>>;
  }>;
}

const SPECS: Spec[] = [
  {
    command: "supplier",
    what: "suppliers and cloud services (ISO/IEC 27001 A.5.19–5.23)",
    report: "suppliers",
    options: [
      ["--name <name>", "name", "the supplier's name"],
      ["--services <text>", "services", "what it provides"],
      ["--data <text>", "dataCategories", "the data it handles"],
      ["--criticality <level>", "criticality", "low, medium, high or critical"],
      ["--status <status>", "status", "onboarding, active or offboarded"],
      ["--owner <name>", "owner", "who manages the relationship"],
      ["--contact <text>", "contact", "the supplier's contact"],
      ["--cloud-service", "cloudService", "it is a cloud service (A.5.23)"],
      ["--next-review <date>", "nextReviewOn", "next review (YYYY-MM-DD)"],
      ["--control <id>", "controlRefs", "an Annex A control it concerns (repeatable)"],
    ],
    line: (s) => `${s.key}\t${s.name}\t${s.criticality}\t${s.status}${s.reviewDue ? "\treview due" : ""}`,
    service: async () => {
      const m = await import("../modules/operations/supplier.service.js");
      return {
        list: m.listSuppliers,
        get: m.getSupplier,
        create: m.createSupplier,
        update: m.updateSupplier,
      } as never;
    },
  },
  {
    command: "incident",
    what: "information security events and incidents (ISO/IEC 27001 A.5.24–5.28)",
    report: "incidents",
    options: [
      ["--title <title>", "title", "what happened, in a line"],
      ["--description <text>", "description", "what is known"],
      ["--kind <kind>", "kind", "event or incident"],
      ["--severity <level>", "severity", "low, medium, high or critical"],
      ["--status <status>", "status", "open, contained, recovered or closed (update)"],
      ["--detected <time>", "detectedAt", "when it became known (ISO 8601)"],
      ["--personal-data", "personalData", "personal data is involved"],
      ["--lessons <text>", "lessonsLearned", "lessons learned (needed to close an incident)"],
      ["--control <id>", "controlRefs", "an Annex A control it concerns (repeatable)"],
    ],
    line: (i) =>
      `${i.key}\t${i.title}\t${i.kind}\t${i.severity}\t${i.status}${i.nextDue ? `\tnext due ${i.nextDue}` : ""}`,
    service: async () => {
      const m = await import("../modules/operations/incident.service.js");
      return {
        list: m.listIncidents,
        get: m.getIncident,
        create: m.reportIncident,
        update: m.updateIncident,
      } as never;
    },
  },
  {
    command: "requirement",
    what: "legal, statutory, regulatory and contractual requirements (ISO/IEC 27001 A.5.31, 4.2)",
    report: "requirements",
    options: [
      ["--title <title>", "title", "the requirement"],
      ["--kind <kind>", "kind", "legal, statutory, regulatory or contractual"],
      ["--source <text>", "source", "the law, regulation or contract"],
      ["--jurisdiction <text>", "jurisdiction", "where it applies"],
      ["--applies-to <text>", "appliesTo", "what it applies to"],
      ["--owner <name>", "owner", "who owns it"],
      ["--how-met <text>", "howMet", "how it is met"],
      ["--control <id>", "controlRefs", "an Annex A control that meets it (repeatable)"],
      ["--document <key>", "documentRefs", "a document that meets it (repeatable)"],
      ["--review <date>", "reviewOn", "next review (YYYY-MM-DD)"],
    ],
    line: (r) => `${r.key}\t${r.title}\t${r.kind}\t${(r.controlRefs as string[]).join(", ")}`,
    service: async () => {
      const m = await import("../modules/operations/requirement.service.js");
      return {
        list: m.listRequirements,
        get: m.getRequirement,
        create: m.createRequirement,
        update: m.updateRequirement,
      } as never;
    },
  },
];

function withOptions(command: Command, spec: Spec): Command {
  for (const [flag, field, help] of spec.options)
    if (LISTS.has(field)) command.option(flag, help, collect, undefined);
    else command.option(flag, help);
  return command.option("--json", "machine-readable output");
}

export function registerOperationsCommands(program: Command): void {
  for (const spec of SPECS) {
    const group = program.command(spec.command).description(spec.what);
    org(group.command("list").description(`list the ${spec.report}`))
      .option("--json", "machine-readable output")
      .action(async (o: Flags) => {
        const service = await spec.service();
        const records = await withOrgScope(o.org, (scope) => service.list(scope as never));
        if (o.json) return printJson(records);
        for (const r of records) out(spec.line(r));
        if (!records.length) out(`No ${spec.report} yet.`);
      });
    org(group.command("show").description(`one of the ${spec.report}`).argument("<key>"))
      .option("--json", "machine-readable output")
      .action(async (key: string, o: Flags) => {
        const service = await spec.service();
        const record = await withOrgScope(o.org, (scope) => service.get(scope as never, key));
        if (o.json) return printJson(record);
        for (const [name, value] of Object.entries(record))
          if (value !== null && typeof value !== "object") out(`${name}: ${value}`);
      });
    withOptions(org(group.command("add").description(`add to the ${spec.report}`)), spec).action(
      async (o: Flags & Record<string, unknown>) => {
        const service = await spec.service();
        const record = await withOrgScope(o.org, (scope) => service.create(scope as never, fields(o, spec)));
        if (o.json) return printJson(record);
        out(`Added ${record.key}.`);
      },
    );
    withOptions(
      org(group.command("update").description(`change one of the ${spec.report}`).argument("<key>")),
      spec,
    )
      .requiredOption(
        "--if-version <n>",
        "the version you read (isms … show); a newer change is never overwritten",
      )
      .action(async (key: string, o: Flags & Record<string, unknown>) => {
        const service = await spec.service();
        const record = await withOrgScope(o.org, (scope) =>
          service.update(scope as never, key, version(String(o.ifVersion)), fields(o, spec)),
        );
        if (o.json) return printJson(record);
        out(`Updated ${record.key} (version ${record.version}).`);
      });
    registerFileCommands(group, spec.report);
  }
}

/** `import FILE` (all rows or none) and `export` (as `isms export` writes the register). */
function registerFileCommands(group: Command, report: Spec["report"]): void {
  org(
    group
      .command("import")
      .description(`import ${report} from CSV or XLSX; all rows or none`)
      .argument("<file>"),
  )
    .option("--dry-run", "check every row, change nothing")
    .option("--map <pairs>", 'columns the import does not recognise: "Vendor Ref=key;Tier=criticality"')
    .option("--header-row <n>", "the row that holds the column names (found when left out)")
    .option("--json", "machine-readable output")
    .action(async (file: string, o: Flags & { dryRun?: boolean; map?: string; headerRow?: string }) => {
      const { importOperations } = await import("../modules/operations/import-specs.js");
      const map = Object.fromEntries(
        (o.map ?? "")
          .split(";")
          .filter((pair) => pair.includes("="))
          .map((pair) => [
            pair.slice(0, pair.lastIndexOf("=")).trim(),
            pair.slice(pair.lastIndexOf("=") + 1).trim(),
          ]),
      );
      const headerRow = o.headerRow === undefined ? undefined : Number(o.headerRow);
      if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow > 0))
        throw new CliError(`--header-row takes a row number, not "${o.headerRow}"`, EXIT_USAGE);
      const result = await withOrgScope(o.org, (scope) =>
        importOperations(scope, report, file, {
          dryRun: o.dryRun === true,
          map,
          ...(headerRow && { headerRow }),
        }),
      );
      if (result.errors.length) process.exitCode = 1;
      if (o.json) return printJson(result);
      for (const e of result.errors) out(`line ${e.line}, ${e.column}: ${e.message}`);
      if (result.errors.length)
        return out(`Nothing imported: ${result.errors.length} problem(s) in the file.`);
      out(
        `${result.dryRun ? "Dry run: would import" : "Imported"} ${result.imported} new, ${result.updated} updated.`,
      );
    });
  org(group.command("export").description(`write the ${report} as XLSX, DOCX, PDF or CSV`))
    .option("--format <format>", "xlsx, docx, pdf or csv (default: from --out, else xlsx)")
    .option("--out <file>", "where to write it (default: a name with organization, register and date)")
    .action(async (o: Flags & { format?: string; out?: string }) => {
      const { exportReport } = await import("../exports/export.service.js");
      const { FORMATS } = await import("../exports/document.js");
      const format = o.format ?? /\.([a-z]+)$/i.exec(o.out ?? "")?.[1]?.toLowerCase() ?? "xlsx";
      if (!(FORMATS as readonly string[]).includes(format))
        throw new CliError(`--format takes ${FORMATS.join(", ")}`, EXIT_USAGE);
      const result = await withOrgScope(o.org, (scope) =>
        exportReport(scope.db, scope.orgId, scope.actor, report, format as never),
      );
      const file = await writeFileAtomic(o.out ?? result.fileName, result.data);
      out(`Wrote ${result.doc.title} to ${file}`);
    });
}
