/**
 * The walkthrough's card for the open control: its id and full title, where it stands, and the
 * previous and next buttons. On a phone the title takes the whole width and the buttons go under
 * it (app.css: .walk-head), so the control id and title are never cut.
 */
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconArrowRight, IconExternalLink } from "@tabler/icons-react";
import { Link } from "react-router";
import type { SoaEntry } from "../../api/types";
import { StatusBadge } from "../../components/common";
import { type CatalogControl, themeLabel } from "./data";
import { ApplicabilityBadge } from "./parts";

export function WalkControlHeader({
  slug,
  current,
  entry,
  where,
  prev,
  next,
  go,
}: {
  slug: string;
  current: CatalogControl;
  entry: SoaEntry | undefined;
  /** "12 of 93", "undecided 3 of 8"… */
  where: string;
  prev: CatalogControl | undefined;
  next: CatalogControl | undefined;
  go: (control: CatalogControl | undefined) => void;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <div className="walk-head">
        <Button
          className="walk-prev"
          variant="default"
          leftSection={<IconArrowLeft size={16} />}
          onClick={() => go(prev)}
          disabled={!prev}
          data-testid="walk-prev"
        >
          Previous
        </Button>
        <Stack gap={4} align="center" className="walk-title" style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap" justify="center" align="flex-start">
            <Badge
              size="lg"
              radius="sm"
              variant="filled"
              data-testid="walk-control-id"
              style={{ flexShrink: 0, overflow: "visible" }}
            >
              {current.id}
            </Badge>
            <Title order={2} fz="lg" style={{ overflowWrap: "anywhere" }}>
              {current.title}
            </Title>
          </Group>
          <Group gap="xs" justify="center">
            <Text size="xs" c="dimmed">
              {themeLabel(current.theme)} · {where}
            </Text>
            <ApplicabilityBadge applicable={entry?.applicable} />
            <StatusBadge status={entry?.status} group="soaStatus" />
            <Anchor component={Link} to={`/o/${slug}/controls/${current.id}`} size="xs">
              <Group gap={2} component="span">
                Control page <IconExternalLink size={12} aria-hidden />
              </Group>
            </Anchor>
          </Group>
        </Stack>
        <Button
          className="walk-next"
          variant="default"
          rightSection={<IconArrowRight size={16} />}
          onClick={() => go(next)}
          disabled={!next}
          data-testid="walk-next"
        >
          Next
        </Button>
      </div>
    </Paper>
  );
}
