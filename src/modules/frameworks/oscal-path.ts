/**
 * Keeps track of where the JSON parser is in the document (object keys and array indexes), so that
 * every error names the exact JSON path of the faulty value, e.g. `$.catalog.groups[3].title`.
 */
import type { Token } from "stream-json/core/parser.js";

type Frame = { kind: "object"; key: string | null } | { kind: "array"; index: number };

/** Keys that read well after a dot; any other key is written as `["some key"]`. */
const PLAIN_KEY = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

/** The path of `key` inside the value at `path`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return PLAIN_KEY.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** The current JSON path, moved along one token at a time. */
export class JsonPath {
  private readonly frames: Frame[] = [];

  /** Follows one token: a container opened or closed, a key read, an array element begun. */
  step(token: Token): void {
    const top = this.frames.at(-1);
    switch (token.name) {
      case "keyValue":
        if (top?.kind === "object") top.key = token.value;
        return;
      case "endObject":
      case "endArray":
        this.frames.pop();
        return;
      case "startObject":
      case "startArray":
      case "stringValue":
      case "numberValue":
      case "nullValue":
      case "trueValue":
      case "falseValue":
        // Any value inside an array is its next element.
        if (top?.kind === "array") top.index++;
        if (token.name === "startObject") this.frames.push({ kind: "object", key: null });
        if (token.name === "startArray") this.frames.push({ kind: "array", index: -1 });
        return;
      default:
        return;
    }
  }

  toString(): string {
    let path = "$";
    for (const frame of this.frames) {
      if (frame.kind === "object" && frame.key !== null) path = childPath(path, frame.key);
      if (frame.kind === "array" && frame.index >= 0) path = childPath(path, frame.index);
    }
    return path;
  }
}
