import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LlmStub, startLlmStub } from "../../test/support/llm-stub.js";
import { answerQuestion } from "./answer.js";
import { sentences } from "./compose.js";
import { ask } from "./copilot.service.js";
import { recognise } from "./intent.js";
import { checkCitations } from "./llm.js";
import { retrieve } from "./retrieval.js";

describe("retrieval", () => {
  it("detects ids and keeps citations typed", () => {
    expect(retrieve("what does A.8.11 ask?")[0]).toMatchObject({ type: "control", id: "8.11" });
    expect(retrieve("explain clause 5.1")[0]).toMatchObject({ type: "clause", id: "5.1" });
    expect(retrieve("explain 5.1")[0]).toMatchObject({ type: "control", id: "5.1" });
    expect(retrieve("what does 6.1.3 require")[0]).toMatchObject({ type: "clause", id: "6.1.3" });
    expect(retrieve("where did A.12.4.1 go?")[0]).toMatchObject({ type: "control", id: "8.15" });
  });

  it("finds controls from practitioners' words, synonyms and spelling variants", () => {
    expect(retrieve("tokenisation and pseudonymisation of fields on screen")[0]?.id).toBe("8.11");
    expect(retrieve("EDR on every laptop to catch ransomware")[0]?.id).toBe("8.7");
    expect(retrieve("our vendor's security obligations in the agreement")[0]?.id).toBe("5.20");
  });
});

describe("offline answers", () => {
  it("answers standard-level questions from the facts", () => {
    expect(answerQuestion("Can a company get certified against ISO 27002?").answer).toMatch(
      /not a certifiable standard/,
    );
    expect(answerQuestion("how many controls did the 2013 edition have compared to now").answer).toMatch(
      /114.*93/s,
    );
  });

  it("answers a control question with its purpose, practice and evidence", () => {
    const result = answerQuestion("What does data masking require?");
    expect(result.citations[0]).toMatchObject({ type: "control", id: "8.11" });
    expect(result.answer).toMatch(/^A\.8\.11 Data masking is an ISO\/IEC 27001:2022 Annex A control/);
    expect(result.answer).toContain("Evidence auditors ask for");
  });
});

describe("the language model path", () => {
  let stub: LlmStub;
  beforeAll(async () => {
    stub = await startLlmStub();
  });
  afterAll(async () => {
    await stub.close();
  });
  beforeEach(() => {
    stub.requests.length = 0;
  });
  const llm = () => ({ baseUrl: stub.baseUrl, model: "stub-model", timeoutMs: 500 });

  it("grounds the model in the retrieved passages only and keeps its cited order", async () => {
    stub.reply = { text: "Use masking per A.8.11, and protect test data under A.8.33." };
    const result = await ask("copy of production data in the test environment", { llm: llm() });
    expect(result.source).toBe("llm");
    const prompt = stub.requests[0]?.messages.map((m) => m.content).join("\n") ?? "";
    expect(prompt).toContain("[A.8.33] Test information");
    expect(prompt).toContain("Cite only ids that appear in the passages");
    expect(result.citations.slice(0, 2).map((c) => c.id)).toEqual(["8.11", "8.33"]);
  });

  it("removes citations of ids that do not exist and says so", async () => {
    stub.reply = { text: "See A.8.11 and A.9.99, and clause 11.4." };
    const result = await ask("data masking", { llm: llm() });
    const [body] = result.answer.split("\n\n(Removed");
    expect(body).not.toContain("A.9.99");
    expect(body).toContain("[removed citation]");
    expect(result.answer).toMatch(/Removed citation\(s\) of A\.9\.99, clause 11\.4/);
    expect(checkCitations("A.8.11 and clause 6.1.3").cited).toEqual([
      { type: "control", id: "8.11" },
      { type: "clause", id: "6.1.3" },
    ]);
  });

  it("falls back to the offline answer on an error or a timeout", async () => {
    stub.reply = { status: 500 };
    const failed = await ask("data masking", { llm: llm() });
    expect(failed).toMatchObject({ source: "offline", notice: expect.stringContaining("offline answer") });
    stub.reply = { text: "late", delayMs: 2000 };
    const started = Date.now();
    const slow = await ask("data masking", { llm: llm() });
    expect(slow.source).toBe("offline");
    expect(Date.now() - started).toBeLessThan(1800);
  });

  it("streams tokens when asked to", async () => {
    stub.reply = { text: "Masking hides sensitive values (A.8.11) so testers see only what they need." };
    const tokens: string[] = [];
    const result = await ask("data masking", { llm: llm(), onToken: (t) => tokens.push(t) });
    expect(tokens.length).toBeGreaterThan(2);
    expect(tokens.join("")).toBe(result.answer);
    expect(stub.requests[0]?.stream).toBe(true);
  });
});

describe("answers of the kind asked", () => {
  it("recognises the kind of question and explains the cue", () => {
    expect(recognise("How does 8.13 differ from 8.14?").kind).toBe("compare");
    expect(recognise("Could we leave 7.4 out of the SoA as not applicable?").kind).toBe("exclude");
    expect(recognise("Where did A.9.4.2 go in the new edition?").kind).toBe("facts");
    expect(recognise("What would an auditor sample for 8.15?").kind).toBe("evidence");
    const howto = recognise("We are a 7-person agency. How do we handle 8.9?");
    expect(howto).toMatchObject({ kind: "howto", constraint: "7-person" });
    expect(recognise("What does 8.20 cover? Is it only about firewalls?").yesNo).toBe("only");
  });

  it("splits sentences without cutting abbreviations or dotted ids", () => {
    expect(sentences("Use a tool, e.g. a vault. See A.8.24 and clause 6.1.3. Done.")).toEqual([
      "Use a tool, e.g. a vault.",
      "See A.8.24 and clause 6.1.3.",
      "Done.",
    ]);
  });

  it("contrasts two controls, both named, with a contrast word between them", () => {
    const answer = answerQuestion("Is 8.13 the same as 8.14?").answer;
    expect(answer).toMatch(/^No, they are not the same\./);
    expect(answer).toMatch(/A\.8\.13[\s\S]{0,500}By contrast, A\.8\.14/);
  });

  it("opens an exclusion question with a verdict and what the justification must say", () => {
    const answer = answerQuestion("Can we mark 8.24 Use of cryptography as not applicable?").answer;
    expect(answer).toMatch(/^No, in practice: A\.8\.24 [^\n]+ cannot credibly be excluded/);
    expect(answer).toMatch(/SoA justification must state/);
    // Asked the other way round, the same verdict reads "yes".
    expect(answerQuestion("Does 8.24 Use of cryptography even apply to our company?").answer).toMatch(
      /^Yes, in practice: A\.8\.24 /,
    );
    expect(answerQuestion("Could we leave 5.6 out of the SoA?").answer).toMatch(/^No, in practice: A\.5\.6 /);
    // Where the catalog knows when an exclusion is credible, the answer says so.
    expect(answerQuestion("May we exclude 8.31 if we only use SaaS?").answer).toMatch(
      /^Only if the condition below holds: excluding A\.8\.31 [^\n]+ can be credible when/,
    );
  });

  it("states a 2013 control's successor and what merged with it", () => {
    const answer = answerQuestion("What replaced A.12.4.1?").answer;
    expect(answer).toMatch(
      /^A\.12\.4\.1 Event logging \(2013\) is covered in 2022 by A\.8\.15 Logging, which merges it with A\.12\.4\.2/,
    );
  });

  it("answers questions about the standard that use its numbers and words", () => {
    expect(answerQuestion("How many controls does Annex A of 27001 have?").answer).toMatch(
      /^Annex A[^.]*93 controls/,
    );
  });
});
