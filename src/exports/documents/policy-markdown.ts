/**
 * A policy's Markdown as sections of the document model: a "#" heading opens a chapter, "##" and
 * deeper a heading inside it; paragraphs, lists (one paragraph per item, marked "•" or by its
 * number), quotes and code stay text; a Markdown table becomes the section's table. The model has no
 * inline styles, so bold, italics and links are kept as their words (a link with its address).
 */
import { lexer, type Token, type Tokens } from "marked";
import type { Section, Table } from "../document.js";

/** The plain words of inline tokens. */
function inline(tokens: readonly Token[] | undefined, fallback = ""): string {
  if (!tokens) return fallback;
  return tokens
    .map((t) => {
      switch (t.type) {
        case "link": {
          const link = t as Tokens.Link;
          const words = inline(link.tokens, link.text);
          return words === link.href ? words : `${words} (${link.href})`;
        }
        case "image":
          return (t as Tokens.Image).text;
        case "br":
          return "\n";
        case "codespan":
          return (t as Tokens.Codespan).text;
        default:
          return "tokens" in t && t.tokens
            ? inline(t.tokens, "text" in t ? String(t.text) : "")
            : plainText(t);
      }
    })
    .join("");
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};
const plainText = (t: Token) =>
  ("text" in t ? String(t.text) : t.raw).replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/** One paragraph per list item, nested items indented under their parent. */
function listItems(list: Tokens.List, depth = 0): string[] {
  const start = typeof list.start === "number" ? list.start : 1;
  return list.items.flatMap((item, i) => {
    const mark = list.ordered ? `${start + i}.` : depth === 0 ? "•" : "–";
    const box = item.task ? (item.checked ? "[x] " : "[ ] ") : "";
    const own = item.tokens.filter((t) => t.type !== "list");
    const words = own
      .map((t) => inline("tokens" in t ? t.tokens : undefined, "text" in t ? String(t.text) : ""))
      .join(" ")
      .trim();
    const nested = item.tokens.filter((t): t is Tokens.List => t.type === "list");
    return [
      `${"    ".repeat(depth)}${mark} ${box}${words}`,
      ...nested.flatMap((l) => listItems(l, depth + 1)),
    ];
  });
}

function tableOf(token: Tokens.Table): Table {
  const keys = token.header.map((_, i) => `c${i}`);
  return {
    columns: token.header.map((cell, i) => ({
      key: keys[i] ?? `c${i}`,
      header: inline(cell.tokens, cell.text),
    })),
    rows: token.rows.map((row) =>
      Object.fromEntries(row.map((cell, i) => [keys[i] ?? `c${i}`, inline(cell.tokens, cell.text)])),
    ),
  };
}

/**
 * The sections of a policy's content. Text before the first heading goes under `opening`; every
 * section flows on from the one before, as a policy is read straight through.
 */
export function markdownSections(markdown: string, opening: string): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  const open = (heading: string, level: 1 | 2) => {
    current = { heading, level, flow: true, notInCsv: true, paragraphs: [] };
    sections.push(current);
    return current;
  };
  const here = () => current ?? open(opening, 1);
  const say = (text: string) => {
    if (!text.trim()) return;
    // Text after a table would be printed above it: it continues under the same heading instead.
    const section = here().table ? open(`${here().heading} (continued)`, 2) : here();
    section.paragraphs?.push(text.trim());
  };
  const walk = (tokens: readonly Token[], quoted: boolean) => {
    for (const token of tokens) {
      switch (token.type) {
        case "heading": {
          const heading = token as Tokens.Heading;
          open(inline(heading.tokens, heading.text), heading.depth <= 1 ? 1 : 2);
          break;
        }
        case "paragraph":
        case "text": {
          const words = inline("tokens" in token ? token.tokens : undefined, String(token.text ?? ""));
          say(quoted ? `“${words}”` : words);
          break;
        }
        case "list":
          for (const item of listItems(token as Tokens.List)) say(item);
          break;
        case "blockquote":
          walk((token as Tokens.Blockquote).tokens, true);
          break;
        case "code":
          say((token as Tokens.Code).text);
          break;
        case "table": {
          const section = here();
          // A section holds one table: a second one continues under the same heading.
          const target = section.table ? open(`${section.heading} (continued)`, 2) : section;
          target.table = tableOf(token as Tokens.Table);
          break;
        }
        default:
          // Spaces, rules and raw HTML carry no words of the policy.
          break;
      }
    }
  };
  walk(lexer(markdown), false);
  for (const section of sections) if (!section.paragraphs?.length) delete section.paragraphs;
  return sections;
}
