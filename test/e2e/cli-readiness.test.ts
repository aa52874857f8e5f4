/**
 * First steps on the command line: the scope, the climate determination, an SoA
 * approved on behalf of a named approver and a review drafted then completed, after which
 * `isms docs checklist --json` names the ISMS's own records as what keeps those items.
 */
import { describe, expect, it } from "vitest";
import { runIsms, useDemoDatabase } from "../support/run-cli.js";

interface Check {
  clause: string;
  document: string;
  present: boolean;
  satisfiedBy: string | null;
  records: { label: string; version: string | null; approvedBy: string | null }[];
}

describe("isms context, soa approve, review and docs checklist on a new organization", () => {
  useDemoDatabase("isms-readiness-");
  const json = async (...args: string[]) => {
    const run = await runIsms(...args, "--json");
    if (run.exitCode !== 0) throw new Error(`${args.join(" ")}: ${run.stderr}`);
    return JSON.parse(run.stdout);
  };

  it("counts the records made on the command line in the checklist", async () => {
    await json("org", "create", "--slug", "first", "--name", "First Ltd");
    const checklist = async () => (await json("docs", "checklist", "--org", "first")) as Check[];
    const item = (all: Check[], pattern: RegExp) => all.find((c) => pattern.test(c.document));
    expect(item(await checklist(), /ISMS scope/)?.present).toBe(false);

    await json(
      "context",
      "set-scope",
      "--org",
      "first",
      "--statement",
      "The SaaS platform",
      "--boundaries",
      "Office and cloud tenancy",
      "--interfaces",
      "Payment provider",
    );
    await json("context", "climate", "--org", "first", "--relevant", "no", "--reason", "Office-based work");
    expect((await json("context", "show", "--org", "first")).climate).toEqual({
      relevant: false,
      reason: "Office-based work",
    });

    await expect(
      runIsms("soa", "approve", "--org", "first", "--by", "Jane Roe", "--role", "CEO"),
    ).rejects.toThrow(/undecided/);
    await json(
      "soa",
      "approve",
      "--org",
      "first",
      "--by",
      "Jane Roe",
      "--role",
      "CEO",
      "--undecided-reason",
      "Decided in the first walkthrough",
    );
    expect(await json("soa", "versions", "--org", "first")).toMatchObject([
      {
        number: 1,
        approvedBy: "Jane Roe",
        approverRole: "CEO",
        undecidedReason: "Decided in the first walkthrough",
      },
    ]);

    const draft = await json("review", "record", "--org", "first", "--draft", "--attendee", "Jane Roe");
    expect(draft.status).toBe("draft");
    expect(item(await checklist(), /management reviews/)?.present).toBe(false);
    await json("review", "complete", draft.key, "--org", "first", "--decision", "Fund an EDR tool");

    const after = await checklist();
    expect(item(after, /ISMS scope/)).toMatchObject({ present: true, satisfiedBy: "record" });
    expect(item(after, /Statement of Applicability/)).toMatchObject({
      satisfiedBy: "record",
      records: [{ version: "v1", approvedBy: "Jane Roe (CEO)" }],
    });
    expect(item(after, /management reviews/)).toMatchObject({ present: true, satisfiedBy: "record" });

    const readiness = await json("readiness", "--org", "first");
    const clause41 = readiness.clauses.find((c: { id: string }) => c.id === "4.1");
    expect(clause41.reasons.join(" ")).not.toMatch(/climate change is a relevant issue is not determined/);
    const asks = readiness.blockers.filter((b: { fix: { action: string } }) =>
      ["set-scope", "approve-soa", "record-review", "record-climate"].includes(b.fix.action),
    );
    expect(asks).toEqual([]);
  }, 120_000);
});
