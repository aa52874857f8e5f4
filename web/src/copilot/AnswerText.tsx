/**
 * An answer's text as paragraphs and bullet lists, with control ids (A.8.13, 5.15) turned into
 * links to their pages. The text is rendered as text, never as HTML.
 */
import { Anchor, List, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useSlug } from "../session";

const CONTROL_ID = /\bA\.([5-8]\.\d{1,2})\b/g;

function Linked({ text }: { text: string }) {
  const slug = useSlug();
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(CONTROL_ID)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    parts.push(
      <Anchor key={index} component={Link} to={`/o/${slug}/controls/${match[1]}`} inherit>
        {match[0]}
      </Anchor>,
    );
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

export function AnswerText({ text }: { text: string }) {
  const blocks = text.split(/\n{2,}/);
  return (
    <Stack gap={6}>
      {blocks.map((block, b) => {
        const lines = block.split("\n");
        const heading = lines[0] && !lines[0].startsWith("- ") ? lines[0] : undefined;
        const items = lines.filter((l) => l.startsWith("- "));
        const key = `${b}-${block.slice(0, 24)}`;
        if (items.length === 0)
          return (
            <Text key={key} size="sm" style={{ whiteSpace: "pre-wrap" }}>
              <Linked text={block} />
            </Text>
          );
        return (
          <Stack key={key} gap={2}>
            {heading && (
              <Text size="sm" fw={600}>
                <Linked text={heading} />
              </Text>
            )}
            <List size="sm" spacing={2} withPadding>
              {items.map((item) => (
                <List.Item key={item}>
                  <Linked text={item.slice(2)} />
                </List.Item>
              ))}
            </List>
          </Stack>
        );
      })}
    </Stack>
  );
}
