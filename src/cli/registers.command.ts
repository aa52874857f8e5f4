/**
 * `isms roles|changes|competence|awareness|comms|assessments|improvements add|list`: the simple
 * registers of clauses 4–10, generated from their declarations in modules/management/registers.ts.
 */
import type { Command } from "commander";
import { REGISTERS } from "../modules/management/register-specs.js";
import { truncate } from "./format.js";
import { printJson } from "./output.js";
import { requireOrg, withWorkspace } from "./workspace.js";

const flag = (column: string) => column.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function registerRegisterCommands(program: Command): void {
  for (const spec of REGISTERS) {
    const group = program.command(spec.command).description(`${spec.description} (clause ${spec.clause})`);
    const add = group
      .command("add")
      .description(`add to ${spec.description}`)
      .option("--org <slug>", "the organization");
    for (const field of spec.fields) {
      const choices = field.choices ? ` (${field.choices.join(" | ")})` : "";
      add.option(
        `--${flag(field.column)} <value>`,
        `${field.label}${choices}${field.required ? " (required)" : ""}`,
      );
    }
    add.option("--json", "machine-readable output").action(async (o: Record<string, string | undefined>) => {
      const { addRegisterEntry } = await import("../modules/management/registers.js");
      const row = await withWorkspace(async ({ ws, actor }) =>
        addRegisterEntry(ws.db, (await requireOrg(ws, o.org)).id, actor, spec, o),
      );
      if (o.json) return printJson(row);
      process.stdout.write(`Added to ${spec.command}\n`);
    });
    group
      .command("list")
      .description(`list ${spec.description}`)
      .option("--org <slug>", "the organization")
      .option("--json", "machine-readable output")
      .action(async (o: { org?: string; json?: boolean }) => {
        const { listRegister } = await import("../modules/management/registers.js");
        const rows = await withWorkspace(async ({ ws }) =>
          listRegister(ws.db, (await requireOrg(ws, o.org)).id, spec),
        );
        const shown = rows.map((row) =>
          Object.fromEntries(
            spec.fields.map((f) => [f.column, (row as Record<string, unknown>)[f.column] ?? null]),
          ),
        );
        if (o.json) return printJson(shown);
        for (const row of shown) {
          process.stdout.write(
            `${truncate(spec.fields.map((f) => String(row[f.column] ?? "–")).join(" · "), 79)}\n`,
          );
        }
        process.stdout.write(`${rows.length} entr${rows.length === 1 ? "y" : "ies"}\n`);
      });
  }
}
