import { describe, expect, it } from "vitest";
import { applicability, count, fromLabel, humanize, label, listInWords, plural } from "./labels.js";

describe("labels", () => {
  it("reads a label, and puts an unlisted value into words", () => {
    expect(label("soaStatus", "not_started")).toBe("Not started");
    expect(label("soaStatus", "not_applicable")).toBe("Not applicable");
    expect(label("soaStatus", "brand_new_state")).toBe("Brand new state");
    expect(label("riskStatus", null)).toBe("");
    expect(humanize("due-soon")).toBe("Due soon");
    expect(applicability(null)).toBe("Undecided");
    expect(applicability(false)).toBe("No");
  });

  it("reads a value back from its label or itself", () => {
    expect(fromLabel("treatment", "share (transfer)")).toBe("share");
    expect(fromLabel("treatment", "retain")).toBe("retain");
    expect(fromLabel("treatment", "ignore")).toBeUndefined();
  });

  it("agrees a noun with its count", () => {
    expect(count(1, "control")).toBe("1 control");
    expect(count(0, "control")).toBe("0 controls");
    expect(count(2, "nonconformity", "nonconformities")).toBe("2 nonconformities");
    expect(plural(1, "is", "are")).toBe("is");
    expect(listInWords(["a", "b", "c"])).toBe("a, b and c");
    expect(listInWords(["a"])).toBe("a");
  });
});
