/** `isms audit verify`: checks the hash-chained audit trail. */
import type { Command } from "commander";
import { printJson } from "./output.js";
import { requireOrg, withWorkspace } from "./workspace.js";

export function registerAuditCommands(program: Command): void {
  const audit = program.command("audit").description("the tamper-evident audit trail");

  audit
    .command("verify")
    .description("verify the audit trail of one organization (or of every chain); exits 1 if broken")
    .option("--org <slug>", "only this organization")
    .option("--json", "machine-readable output")
    .action(async (options: { org?: string; json?: boolean }) => {
      const service = await import("../modules/audit-trail/audit-trail.service.js");
      const reports = await withWorkspace(async ({ ws }) => {
        if (options.org) {
          const org = await requireOrg(ws, options.org);
          return [{ chainId: org.slug, verdict: await service.verifyAuditChain(ws.db, org.id) }];
        }
        return service.verifyAllChains(ws.db);
      });
      const events = reports.reduce((n, r) => n + r.verdict.events, 0);
      const broken = reports.find((r) => !r.verdict.ok);
      if (broken && !broken.verdict.ok) {
        process.exitCode = 1;
        const { brokenAt, reason } = broken.verdict;
        if (options.json) return printJson({ ok: false, brokenAt, reason, chain: broken.chainId });
        process.stdout.write(`BROKEN: chain ${broken.chainId}, event ${brokenAt}: ${reason}\n`);
        return;
      }
      if (options.json) return printJson({ ok: true, events });
      process.stdout.write(
        `OK: ${events} events in ${reports.length} chain${reports.length === 1 ? "" : "s"} verified\n`,
      );
    });
}
