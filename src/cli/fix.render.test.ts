import { describe, expect, it } from "vitest";
import { FIX_ACTIONS } from "../domain/readiness-facts.js";
import { fixCommand } from "./fix.render.js";

describe("readiness fixes in the CLI's words", () => {
  it("names a command for every action, for the organization asked about", () => {
    for (const action of FIX_ACTIONS) expect(fixCommand({ action }, "acme")).toMatch(/^isms .*--org acme/);
    expect(
      fixCommand(
        { action: "add-document", args: { clause: "5.2", title: "Information security policy" } },
        "acme",
      ),
    ).toBe('isms docs add --org acme --title "Information security policy" --clauses 5.2 --approved-by NAME');
  });
});
