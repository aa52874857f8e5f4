import { describe, expect, it } from "vitest";
import { localChannel } from "./local-channel.js";

describe("local channel", () => {
  it("delivers messages in order, later, as they were sent, and then the close", async () => {
    const { port1, port2 } = localChannel();
    const got: unknown[] = [];
    const message = { rows: [1, 2] };
    const closed = new Promise<void>((resolve) => port2.on("close", () => resolve()));
    port2.on("message", (m) => got.push(m));
    port1.postMessage(message);
    port1.postMessage("second");
    expect(got).toEqual([]);
    port1.close();
    await closed;
    expect(got).toEqual([message, "second"]);
    // Handed over, not copied.
    expect(got[0]).toBe(message);
    // Nothing crosses a closed channel.
    port2.postMessage("late");
    port1.postMessage("late");
    await new Promise((resolve) => setImmediate(resolve));
    expect(got).toHaveLength(2);
  });
});
