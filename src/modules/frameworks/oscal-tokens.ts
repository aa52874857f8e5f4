/**
 * Turns the bytes or text of a JSON document, chunk by chunk, into stream-json tokens, and says
 * exactly where the JSON broke when it is malformed.
 *
 * stream-json's tokenizer throws without telling where in the text it was, and the tokens it had
 * produced from the same chunk are lost. So a second tokenizer is fed the same text one chunk
 * behind: when the first throws, the second is still in the state before that chunk, and is then
 * fed the chunk one character at a time to find the character it fails on.
 */
import { TextDecoder } from "node:util";
import { jsonParser, type Token } from "stream-json/core/parser.js";

type Tokenizer = ReturnType<typeof jsonParser>;

/** Packed keys and values only: one token per key, string or number. */
const newTokenizer = () => jsonParser({ streamValues: false });

/** The tokenizer's own prefix, dropped from the messages shown to people. */
const PARSER_PREFIX = /^Parser (cannot parse input: )?/;

const utf8Length = (text: string) => Buffer.byteLength(text, "utf8");

/**
 * Malformed input: the byte offset where the tokenizer gave up, what it said, and the tokens it
 * read in the failing chunk before that point (they tell the JSON path of the fault).
 */
export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly problem: string,
    readonly tokensBefore: Token[] = [],
  ) {
    super(`invalid JSON at byte ${offset}: ${problem}`);
  }
}

/** Runs the text through a tokenizer; `none` (no token yet) becomes an empty list. */
function run(tokenizer: Tokenizer, text: string): Token[] {
  const out = tokenizer(text);
  return typeof out === "symbol" ? [] : out.values;
}

export class JsonTokens {
  private readonly main = newTokenizer();
  private readonly shadow = newTokenizer();
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  private atStart = true;
  /** Bytes of the document read so far. */
  offset = 0;

  /** The tokens that the next chunk of the document completes. */
  push(chunk: string | Uint8Array): Token[] {
    return this.feed(typeof chunk === "string" ? chunk : this.decode(chunk));
  }

  /** The last tokens, once the document has ended. */
  end(): Token[] {
    const tokens = this.feed(this.decode(undefined));
    // A space ends a number the document might end with; otherwise whitespace changes nothing.
    const length = this.offset;
    tokens.push(...this.feed(" "));
    this.offset = length;
    return tokens;
  }

  private decode(bytes: Uint8Array | undefined): string {
    try {
      return bytes ? this.decoder.decode(bytes, { stream: true }) : this.decoder.decode();
    } catch {
      throw new JsonSyntaxError(this.offset, "the text is not valid UTF-8 here or in the bytes that follow");
    }
  }

  private feed(text: string): Token[] {
    if (this.atStart && text.length > 0) {
      this.atStart = false;
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1); // a byte-order mark is not part of the JSON
        this.offset += 3;
      }
    }
    if (text.length === 0) return [];
    let tokens: Token[];
    try {
      tokens = run(this.main, text);
    } catch (error) {
      throw this.locate(text, error);
    }
    run(this.shadow, text); // same text, same tokens: only its state matters
    this.offset += utf8Length(text);
    return tokens;
  }

  /** Finds the character of `text` on which the tokenizer gives up, and the tokens before it. */
  private locate(text: string, error: unknown): JsonSyntaxError {
    const tokensBefore: Token[] = [];
    let offset = this.offset;
    for (const char of text) {
      try {
        tokensBefore.push(...run(this.shadow, char));
      } catch (charError) {
        return new JsonSyntaxError(offset, message(charError), tokensBefore);
      }
      offset += utf8Length(char);
    }
    // Not found character by character (it should be): the fault is somewhere in this chunk.
    return new JsonSyntaxError(offset, message(error), tokensBefore);
  }
}

const message = (error: unknown) =>
  error instanceof Error ? error.message.replace(PARSER_PREFIX, "") : String(error);
