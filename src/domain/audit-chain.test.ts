import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  eventMaterial,
  GENESIS_HASH,
  hashEvent,
  type StoredEvent,
  verifyChain,
} from "./audit-chain.js";

function buildChain(n: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields = {
      chainId: "org-1",
      seq,
      at: `2026-01-01T00:00:${String(seq).padStart(2, "0")}.000Z`,
      actor: "alice",
      entityType: "risks",
      entityId: `r${seq}`,
      action: "update",
      changes: JSON.stringify({ title: ["a", `b${seq}`] }),
      prevHash,
    };
    const hash = hashEvent(fields);
    events.push({ ...fields, id: `e${seq}`, hash });
    prevHash = hash;
  }
  return events;
}

const headOf = (events: StoredEvent[]) => ({ seq: events.length, hash: events.at(-1)?.hash ?? GENESIS_HASH });

describe("audit chain", () => {
  it("serialises objects canonically whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe(
      canonicalJson({ a: [{ c: null, d: 2 }], b: 1 }),
    );
  });

  it("hashes exactly the canonical JSON of an event's fields", () => {
    fc.assert(
      fc.property(
        fc.record({
          chainId: fc.string(),
          seq: fc.nat(),
          at: fc.string(),
          actor: fc.string({ unit: "grapheme" }),
          entityType: fc.string(),
          entityId: fc.string(),
          action: fc.string(),
          changes: fc.json(),
          prevHash: fc.string(),
        }),
        (fields) => {
          expect(eventMaterial(fields)).toBe(canonicalJson(fields));
          // Extra properties a stored row carries (id, hash) are not hashed.
          expect(eventMaterial({ ...fields, id: "x", hash: "y" } as typeof fields)).toBe(
            canonicalJson(fields),
          );
        },
      ),
    );
  });

  it("verifies an intact chain", () => {
    const events = buildChain(5);
    expect(verifyChain(events, headOf(events))).toEqual({ ok: true, events: 5 });
  });

  it("detects any single edit, deletion or swap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.nat(),
        fc.constantFrom("edit", "delete", "swap"),
        (n, pick, how) => {
          const events = buildChain(n);
          const head = headOf(events);
          const i = pick % (n - 1);
          const tampered = [...events];
          if (how === "edit") tampered[i] = { ...(tampered[i] as StoredEvent), actor: "mallory" };
          if (how === "delete") tampered.splice(i, 1);
          if (how === "swap")
            [tampered[i], tampered[i + 1]] = [tampered[i + 1] as StoredEvent, tampered[i] as StoredEvent];
          return verifyChain(tampered, head).ok === false;
        },
      ),
    );
  });

  it("detects removal of the newest events through the head", () => {
    const events = buildChain(4);
    expect(verifyChain(events.slice(0, 3), headOf(events))).toMatchObject({ ok: false, brokenAt: "e3" });
  });
});
