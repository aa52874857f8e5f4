import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIds, sortIds } from "./ids.js";

describe("sortIds", () => {
  const key = fc
    .tuple(
      fc.constantFrom("R", "B", "RK", "A"),
      fc.integer({ min: 0, max: 100_000 }),
      fc.integer({ min: 1, max: 6 }),
    )
    .map(([prefix, n, width]) => `${prefix}-${String(n).padStart(width, "0")}`);

  it("orders the usual keys as the collator does", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { maxLength: 60, selector: (k) => `${k[0]}${Number(k.split("-")[1])}` }),
        (keys) => {
          expect(sortIds([...keys])).toEqual([...keys].sort(compareIds));
        },
      ),
    );
  });

  it("falls back to the collator for any other id", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(key, fc.string({ maxLength: 8 })), { maxLength: 30 }), (ids) => {
        const sorted = sortIds([...ids]);
        for (let i = 1; i < sorted.length; i++)
          expect(compareIds(sorted[i - 1] as string, sorted[i] as string)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
