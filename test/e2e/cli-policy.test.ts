/**
 * A policy through the command line: from the template to approval by a named approver who
 * confirms with their password, publication to a person without an account, and the register's
 * `isms policy list --json` shape; the published policy then keeps clause 5.2 in the checklist.
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createUser } from "../../src/modules/users/user.service.js";
import { openWorkspace } from "../../src/modules/workspace.js";
import { runIsms, useDemoDatabase } from "../support/run-cli.js";

describe("isms policy", () => {
  useDemoDatabase("isms-policy-");
  const run = async (...args: string[]) => {
    const result = await runIsms(...args);
    if (result.exitCode !== 0) throw new Error(`${args.join(" ")}: ${result.stderr}`);
    return result.stdout;
  };

  it("takes the top-level policy from template to published, and lists it", async () => {
    await run("org", "create", "--slug", "first", "--name", "First Ltd");
    const ws = await openWorkspace(loadConfig());
    await createUser(ws.db, "test", {
      email: "ceo@first.test",
      name: "Dana Reyes",
      password: "a long and unusual passphrase 42",
    });
    await ws.close();
    expect(await run("policy", "templates")).toContain("information-security-policy");
    const created = JSON.parse(
      await run("policy", "new", "--org", "first", "--template", "information-security-policy", "--json"),
    );
    const key = created.key as string;
    expect(created.versions[0].content).toContain("First Ltd");
    expect(await run("policy", "submit", key, "--org", "first")).toContain("in review");
    await run("policy", "comment", key, "Looks right", "--org", "first");
    // The approver's password is checked: a wrong one approves nothing.
    process.env.ISMS_APPROVER_PASSWORD = "wrong";
    await expect(
      runIsms("policy", "approve", key, "--org", "first", "--approver", "ceo@first.test", "--role", "CEO"),
    ).rejects.toThrow(/current password is not right/);
    process.env.ISMS_APPROVER_PASSWORD = "a long and unusual passphrase 42";
    try {
      expect(
        await run(
          "policy",
          "approve",
          key,
          "--org",
          "first",
          "--approver",
          "ceo@first.test",
          "--role",
          "CEO",
        ),
      ).toContain("approved by Dana Reyes (CEO)");
    } finally {
      delete process.env.ISMS_APPROVER_PASSWORD;
    }
    const published = JSON.parse(
      await run(
        "policy",
        "publish",
        key,
        "--org",
        "first",
        "--person",
        "Sam Contractor=sam@contractor.test",
        "--json",
      ),
    );
    expect(published).toMatchObject({ requested: 1, emailed: 0 });
    const list = JSON.parse(await run("policy", "list", "--org", "first", "--json"));
    expect(list).toEqual([
      {
        key,
        title: "Information security policy",
        state: "published",
        version: 1,
        approvedBy: "Dana Reyes",
        effectiveFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        nextReviewOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        acknowledged: 0,
        pending: 1,
      },
    ]);
    // Reminders go by e-mail; without mail set up the command says so.
    await expect(runIsms("policy", "remind", key, "--org", "first")).rejects.toThrow(/mail is not set up/);
    expect(await run("policy", "acks", key, "--org", "first")).toContain(
      "Sam Contractor <sam@contractor.test>\tpending",
    );
    const checklist = JSON.parse(await run("docs", "checklist", "--org", "first", "--json")) as {
      clause: string;
      present: boolean;
      satisfiedBy: string;
    }[];
    expect(checklist.find((c) => c.clause === "5.2")).toMatchObject({
      present: true,
      satisfiedBy: "document",
    });
  });
});
