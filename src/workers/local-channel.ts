/**
 * A message channel between two parts of one thread, with the shape of node:worker_threads'
 * MessageChannel as far as its users here need it. Messages are handed over as they are, without
 * the structured clone a real port makes (which, for an import's 100,000 checked rows, cost half a
 * second and the garbage it leaves). Each message is delivered in a later turn, as a port does, so
 * the two sides keep taking turns. The sender must not change a message after sending it.
 */
import { EventEmitter } from "node:events";

/** The part of a MessagePort both kinds of channel offer. */
export interface Port {
  postMessage(message: unknown): void;
  // biome-ignore lint/suspicious/noExplicitAny: each side knows the messages it receives
  on(event: "message" | "close", listener: (message: any) => void): unknown;
  close(): void;
}

class LocalPort extends EventEmitter implements Port {
  other: LocalPort | undefined;
  private closed = false;

  postMessage(message: unknown): void {
    const other = this.other;
    if (this.closed || !other || other.closed) return;
    setImmediate(() => {
      if (!other.closed) other.emit("message", message);
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    const other = this.other;
    setImmediate(() => {
      this.emit("close");
      if (other && !other.closed) other.close();
    });
  }
}

export function localChannel(): { port1: Port; port2: Port } {
  const port1 = new LocalPort();
  const port2 = new LocalPort();
  port1.other = port2;
  port2.other = port1;
  return { port1, port2 };
}
