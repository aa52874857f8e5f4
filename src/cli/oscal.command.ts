/** `isms export oscal-*`: OSCAL 1.1.3 JSON documents (catalog, profile, SSP, assessment results, POA&M). */
import type { Command } from "commander";
import { buildOscal, OSCAL_DOCUMENTS, type OscalDocument } from "../exports/oscal/index.js";
import { printJson, writeFileAtomic } from "./output.js";
import { requireOrg, withWorkspace } from "./workspace.js";

export function registerOscalCommands(exportCommand: Command): void {
  for (const [kind, description] of Object.entries(OSCAL_DOCUMENTS) as [OscalDocument, string][]) {
    const command = exportCommand.command(kind).description(`OSCAL 1.1.3 JSON: ${description}`);
    if (kind !== "oscal-catalog") command.option("--org <slug>", "the organization");
    command
      .requiredOption("--out <file>", "file to write")
      .option("--json", "machine-readable output")
      .action(async (o: { org?: string; out: string; json?: boolean }) => {
        const result = await (kind === "oscal-catalog"
          ? buildOscal(kind).then((doc) => ({ doc, record: undefined }))
          : withWorkspace(async ({ ws, actor }) => {
              const org = await requireOrg(ws, o.org);
              const doc = await buildOscal(kind, ws.db, org.id);
              const { recordProducedFile } = await import("../exports/export.service.js");
              const data = Buffer.from(`${JSON.stringify(doc, null, 2)}\n`);
              return { doc, record: await recordProducedFile(ws.db, org.id, actor, kind, data, "current") };
            }));
        const file = await writeFileAtomic(o.out, `${JSON.stringify(result.doc, null, 2)}\n`);
        if (o.json)
          return printJson({
            file,
            ...(result.record && { sha256: result.record.sha256, documentId: result.record.documentId }),
          });
        process.stdout.write(`Wrote ${kind} to ${file}\n`);
      });
  }
}
