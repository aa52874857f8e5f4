/**
 * A policy's Markdown as React elements, read-only: marked's lexer gives the tokens and each one
 * becomes an element here, so no HTML from the text ever reaches the page (raw HTML in the text is
 * shown as text, and only http, https and mailto links become links).
 */
import { Anchor, Blockquote, Box, Code, Divider, List, Table, Text, Title } from "@mantine/core";
import { marked, type Token, type Tokens } from "marked";
import { Fragment, type ReactNode, useMemo } from "react";

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": "\u00a0",
};

/** Text as written: the few entities an editor writes are read back as their characters. */
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m);

const safeHref = (href: string) => (/^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : undefined);

/** The anchor id of a heading ("Roles and responsibilities" → "roles-and-responsibilities"). */
export const headingId = (text: string) =>
  `section-${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;

function inline(tokens: Token[] | undefined, key = "i"): ReactNode {
  if (!tokens) return null;
  return tokens.map((token, i) => {
    const k = `${key}-${i}`;
    switch (token.type) {
      case "strong":
        return <strong key={k}>{inline((token as Tokens.Strong).tokens, k)}</strong>;
      case "em":
        return <em key={k}>{inline((token as Tokens.Em).tokens, k)}</em>;
      case "del":
        return <del key={k}>{inline((token as Tokens.Del).tokens, k)}</del>;
      case "codespan":
        return <Code key={k}>{decode((token as Tokens.Codespan).text)}</Code>;
      case "br":
        return <br key={k} />;
      case "link": {
        const link = token as Tokens.Link;
        const href = safeHref(link.href);
        const body = inline(link.tokens, k);
        return href ? (
          <Anchor key={k} href={href} target="_blank" rel="noreferrer noopener" underline="always">
            {body}
          </Anchor>
        ) : (
          <Fragment key={k}>{body}</Fragment>
        );
      }
      case "image":
        return <Fragment key={k}>{(token as Tokens.Image).text}</Fragment>;
      case "text": {
        const text = token as Tokens.Text;
        return text.tokens ? (
          <Fragment key={k}>{inline(text.tokens, k)}</Fragment>
        ) : (
          <Fragment key={k}>{decode(text.text)}</Fragment>
        );
      }
      default:
        // escape, html and anything else: the characters as written.
        return <Fragment key={k}>{decode("text" in token ? String(token.text) : token.raw)}</Fragment>;
    }
  });
}

function block(token: Token, k: string): ReactNode {
  switch (token.type) {
    case "space":
      return null;
    case "heading": {
      const heading = token as Tokens.Heading;
      const order = Math.min(6, heading.depth + 1) as 2 | 3 | 4 | 5 | 6;
      return (
        <Title
          key={k}
          order={order}
          id={headingId(heading.text)}
          fz={order === 2 ? 22 : order === 3 ? 18 : 16}
        >
          {inline(heading.tokens, k)}
        </Title>
      );
    }
    case "paragraph":
      return (
        <Text key={k} component="p">
          {inline((token as Tokens.Paragraph).tokens, k)}
        </Text>
      );
    case "list": {
      const list = token as Tokens.List;
      return (
        <List
          key={k}
          type={list.ordered ? "ordered" : "unordered"}
          {...(list.ordered && typeof list.start === "number" && list.start !== 1
            ? { start: list.start }
            : {})}
          spacing={4}
          withPadding
        >
          {list.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond their place
            <List.Item key={`${k}-${i}`}>{blocks(item.tokens, `${k}-${i}`, true)}</List.Item>
          ))}
        </List>
      );
    }
    case "blockquote":
      return <Blockquote key={k}>{blocks((token as Tokens.Blockquote).tokens, k)}</Blockquote>;
    case "code":
      return (
        <Code key={k} block>
          {(token as Tokens.Code).text}
        </Code>
      );
    case "hr":
      return <Divider key={k} my="sm" />;
    case "table": {
      const table = token as Tokens.Table;
      // A table of facts may have no heading row ("| | |"): none is shown then.
      const headed = table.header.some((cell) => cell.text.trim() !== "");
      return (
        <Table.ScrollContainer key={k} minWidth={Math.min(480, table.header.length * 160)}>
          <Table withTableBorder withColumnBorders>
            {headed && (
              <Table.Thead>
                <Table.Tr>
                  {table.header.map((cell, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                    <Table.Th key={i}>{inline(cell.tokens, `${k}-h${i}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
            )}
            <Table.Tbody>
              {table.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
                <Table.Tr key={r}>
                  {row.map((cell, c) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                    <Table.Td key={c}>{inline(cell.tokens, `${k}-${r}-${c}`)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      );
    }
    case "text": {
      const text = token as Tokens.Text;
      return <Fragment key={k}>{text.tokens ? inline(text.tokens, k) : decode(text.text)}</Fragment>;
    }
    default:
      return (
        <Text key={k} component="p">
          {decode(token.raw)}
        </Text>
      );
  }
}

function blocks(tokens: Token[], key: string, tight = false): ReactNode {
  return tokens.map((token, i) => {
    const k = `${key}-${i}`;
    // Inside a tight list item a paragraph needs no margins.
    if (tight && token.type === "paragraph") return <Fragment key={k}>{inline(token.tokens, k)}</Fragment>;
    return block(token, k);
  });
}

/** The headings of a policy, for choosing the section a comment is about. */
export function headingsOf(markdown: string): string[] {
  return marked
    .lexer(markdown)
    .filter((t): t is Tokens.Heading => t.type === "heading" && t.depth >= 2)
    .map((t) => decode(t.text));
}

export function Markdown({ source, testId }: { source: string; testId?: string }) {
  const tokens = useMemo(() => marked.lexer(source), [source]);
  return (
    <Box className="policy-text" data-testid={testId}>
      {blocks(tokens, "b")}
    </Box>
  );
}
