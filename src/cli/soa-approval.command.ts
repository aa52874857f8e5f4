/** `isms soa approve` and `isms soa versions`: who approved each version, in what role, and who recorded it. */
import type { Command } from "commander";
import { orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { withOrgScope } from "./workspace.js";

export function registerSoaApproval(soa: Command): void {
  org(soa.command("approve").description("approve the current SoA as the next immutable version"))
    .option("--by <name>", "who approved it (you are recorded as who entered it)")
    .option("--role <role>", "the approver's role, e.g. CEO")
    .option("--undecided-reason <text>", "why it is approved while controls are undecided")
    .option("--note <text>")
    .option("--json", "machine-readable output")
    .action(
      async (o: {
        org?: string;
        by?: string;
        role?: string;
        undecidedReason?: string;
        note?: string;
        json?: boolean;
      }) => {
        const { approveSoa } = await import("../modules/soa/soa-approval.service.js");
        const approval = {
          approvedBy: o.by,
          approverRole: o.role,
          note: o.note,
          undecidedReason: o.undecidedReason,
        };
        const version = await withOrgScope(o.org, (scope) => approveSoa(scope, approval));
        if (o.json) return printJson(version);
        process.stdout.write(`Approved the SoA as version v${version.number}\n`);
      },
    );

  org(soa.command("versions").description("approved versions"))
    .option("--json", "machine-readable output")
    .action(async (o: { org?: string; json?: boolean }) => {
      const { listVersions } = await import("../modules/soa/soa-approval.service.js");
      const versions = await withOrgScope(o.org, (scope) => listVersions(scope));
      if (o.json) return printJson(versions);
      for (const v of versions) {
        const who = `${v.approvedBy}${v.approverRole ? ` (${v.approverRole})` : ""}${v.recordedBy ? `, recorded by ${v.recordedBy}` : ""}`;
        process.stdout.write(
          `v${v.number}  ${v.approvedAt.slice(0, 10)}  ${who}${v.note ? `  ${v.note}` : ""}\n`,
        );
      }
      if (versions.length === 0) process.stdout.write("No approved versions yet\n");
    });
}
