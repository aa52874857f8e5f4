import { describe, expect, it } from "vitest";
import { answerQuestion } from "./answer.js";
import { recognise, topicOf } from "./intent.js";

describe("question kinds and topics", () => {
  it("recognises comparisons however they are worded", () => {
    for (const q of [
      "What separates information deletion from data masking?",
      "How do you tell 5.19 and 5.20 apart?",
      "What is the relationship between 8.8 and 8.9?",
      "Threat intelligence as opposed to vulnerability management?",
    ])
      expect(recognise(q).kind, q).toBe("compare");
  });

  it("keeps the size of the organization out of retrieval but as a constraint of the answer", () => {
    expect(topicOf("We are a 15-person startup: how should we handle access reviews?")).toBe(
      "We are a : how should we handle access reviews?",
    );
    const answer = answerQuestion("We are a 12-person startup: how should we handle access rights?");
    expect(answer.citations[0]?.id).not.toMatch(/^7\./);
  });

  it("answers yes from the sentence that obliges an activity, not a particular means", () => {
    const obliged = answerQuestion("Does top management have to take part in the management review?");
    expect(obliged.answer).toMatch(/^Yes: /);
    const means = answerQuestion("Do we have to buy special software to monitor our network?");
    expect(means.answer).not.toMatch(/^Yes/);
  });
});

describe("wordings of the same kinds", () => {
  it("takes 'different from' as a comparison and a how-to asked about a company as a how-to", () => {
    expect(recognise("How is 5.19 different from 5.21?").kind).toBe("compare");
    expect(recognise("How should a small agency run its backups?").kind).toBe("howto");
    expect(recognise("Does 8.7 even apply to our company?").kind).toBe("exclude");
    expect(recognise("Is clear desk still applicable when all staff are remote?").kind).toBe("exclude");
  });
});
