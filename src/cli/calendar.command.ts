/** `isms calendar`: every dated obligation of the ISMS, from the records, earliest first. */
import type { Command } from "commander";
import { CliError, EXIT_USAGE } from "./errors.js";
import { orgOption as org } from "./options.js";
import { printJson } from "./output.js";
import { withOrgScope } from "./workspace.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MARK: Record<string, string> = { overdue: "OVERDUE", due: "due", upcoming: "", done: "done" };

export function registerCalendarCommands(program: Command): void {
  org(
    program
      .command("calendar")
      .description("the ISMS calendar: reviews, actions, expiries, audits and deadlines from every register"),
  )
    .option("--owner <name or email>", "only what this person owns")
    .option("--from <date>", "from this day (YYYY-MM-DD)")
    .option("--to <date>", "up to this day (YYYY-MM-DD)")
    .option("--open", "leave out what is done")
    .option("--json", "machine-readable output")
    .action(
      async (o: {
        org?: string;
        owner?: string;
        from?: string;
        to?: string;
        open?: boolean;
        json?: boolean;
      }) => {
        for (const [flag, value] of [
          ["--from", o.from],
          ["--to", o.to],
        ] as const)
          if (value !== undefined && !DAY.test(value))
            throw new CliError(`${flag} takes a day as YYYY-MM-DD, not "${value}"`, EXIT_USAGE);
        const { organizationCalendar } = await import("../modules/calendar/calendar.service.js");
        const items = await withOrgScope(o.org, (scope) =>
          organizationCalendar(scope, {
            owner: o.owner,
            from: o.from,
            to: o.to,
            open: o.open === true,
          }),
        );
        if (o.json) return printJson({ items });
        for (const i of items)
          process.stdout.write(
            `${i.due.slice(0, 16).replace("T", " ")}\t${MARK[i.state] ?? i.state}\t${i.kind}\t${i.title}${i.owner ? `\t${i.owner}` : ""}\n`,
          );
        if (!items.length) process.stdout.write("Nothing dated in that period.\n");
      },
    );
}
