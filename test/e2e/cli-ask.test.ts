import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runIsms, useDemoDatabase } from "../support/run-cli.js";

describe("isms ask and isms draft", () => {
  const folder = useDemoDatabase("isms-ask-");

  it("answers a batch file with one JSON line per question, citations ranked", async () => {
    const file = join(folder(), "questions.jsonl");
    await writeFile(
      file,
      `${JSON.stringify({ q: "what is A.8.16 about" })}\n\n${JSON.stringify({ q: "who signs off the risk treatment plan" })}\n`,
    );
    const lines = (await runIsms("ask", "--batch", file, "--json", "--offline")).stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      q: "what is A.8.16 about",
      answer: expect.any(String),
      citations: expect.any(Array),
    });
    expect(lines[0].citations[0]).toEqual({
      type: "control",
      id: "8.16",
      title: "Monitoring activities",
      score: expect.any(Number),
    });
    const scores = lines[1].citations.map((c: { score: number }) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("adds the organization's position on the cited controls", async () => {
    const { stdout } = await runIsms(
      "ask",
      "--org",
      "demo",
      "--offline",
      "how",
      "do",
      "we",
      "back",
      "up",
      "data",
    );
    expect(stdout).toMatch(/In Brightfield Analytics Ltd's ISMS:\n- A\.8\.13: applicable/);
  });

  it("prints drafts marked as drafts and saves a justification only when confirmed", async () => {
    const { stdout } = await runIsms("draft", "policy", "8.24");
    expect(stdout).toMatch(/^DRAFT/);
    const notSaved = await runIsms("draft", "justification", "8.8", "--org", "demo", "--save");
    expect(notSaved.stdout).toContain("Not saved.");
    const saved = await runIsms("draft", "justification", "8.8", "--org", "demo", "--save", "--yes");
    expect(saved.stdout).toContain("Saved as the justification of A.8.8.");
    const soa = JSON.parse((await runIsms("soa", "show", "--org", "demo", "--json")).stdout);
    const entry = soa.entries.find((e: { controlId: string }) => e.controlId === "8.8");
    expect(entry.justification).toMatch(/^Included to treat risk/);
  });

  it("answers questions about the whole ISMS with exactly the items in that state", async () => {
    const ask = async (q: string) =>
      JSON.parse((await runIsms("ask", q, "--org", "demo", "--json", "--offline")).stdout).answer as string;
    const keys = (text: string, pattern: RegExp) => [...new Set(text.match(pattern) ?? [])].sort();

    const evidence = JSON.parse((await runIsms("evidence", "list", "--org", "demo", "--json")).stdout);
    const stale = evidence
      .filter((e: { freshness: string }) => e.freshness === "stale")
      .map((e: { key: string }) => e.key);
    expect(keys(await ask("Is any of our evidence out of date?"), /\bE-\d{3}\b/g)).toEqual([...stale].sort());

    const soa = JSON.parse((await runIsms("soa", "show", "--org", "demo", "--json")).stdout);
    const ownerless = soa.entries
      .filter((e: { applicable: boolean | null; owner: string | null }) => e.applicable === true && !e.owner)
      .map((e: { controlId: string }) => `A.${e.controlId}`);
    expect(keys(await ask("List our applicable controls without an owner"), /\bA\.\d\.\d{1,2}\b/g)).toEqual(
      [...ownerless].sort(),
    );
    const owner = soa.entries.find((e: { controlId: string }) => e.controlId === "8.13").owner;
    expect(await ask("Who owns 8.13 in our ISMS?")).toMatch(
      new RegExp(`^The owner of A\\.8\\.13 [^\\n]* is ${owner}`),
    );
  });
});
