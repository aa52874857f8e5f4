/**
 * Plain-text layout for the terminal: word wrapping and aligned label columns, so that human
 * output fits an 80-column terminal.
 */

export const TERMINAL_WIDTH = 80;

/** Wraps text to `width` columns, indenting every line by `indent` spaces. */
export function wrap(text: string, indent = 2, width = TERMINAL_WIDTH, firstIndent = indent): string {
  const lines: string[] = [];
  let line = " ".repeat(firstIndent);
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = empty ? line + word : `${line} ${word}`;
    if (candidate.length > width && !empty) {
      lines.push(line);
      line = " ".repeat(indent) + word;
    } else {
      line = candidate;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join("\n");
}

/** A wrapped list item with a hanging indent: "  1. text" or "  - text". */
export function listItem(marker: string, text: string, indent = 2): string {
  const prefix = `${" ".repeat(indent)}${marker} `;
  return prefix + wrap(text, prefix.length, TERMINAL_WIDTH, prefix.length).slice(prefix.length);
}

/** "Label      value" rows with the value column aligned and wrapped. */
export function labelled(rows: readonly [string, string][], indent = 2): string {
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows
    .map(([label, value]) => {
      const head = `${" ".repeat(indent)}${label.padEnd(labelWidth)}`;
      return head + wrap(value, head.length, TERMINAL_WIDTH, head.length).slice(head.length);
    })
    .join("\n");
}

/** Cuts text to `width` characters with an ellipsis. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
