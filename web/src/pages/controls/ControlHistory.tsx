/** Who changed which field of a control's SoA entry, from what to what, and when (from the audit trail). */
import { Anchor, Group, List, Stack, Text, Timeline } from "@mantine/core";
import { IconEdit, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { client, ok } from "../../api";
import { EmptyState, formatDate, formatDateTime, QueryView } from "../../components/common";
import { orgKey } from "../../session";
import { type AuditEvent, humanize } from "./data";

const FIELD_LABELS: Record<string, string> = {
  applicable: "applicability",
  reasons: "reasons",
  justification: "justification",
  status: "implementation status",
  owner: "owner",
  notes: "implementation notes",
  nextReviewOn: "next review date",
};

const LONG_TEXT = new Set(["justification", "notes"]);

function parseList(value: unknown): string[] | null {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string" && value.startsWith("[")) {
    try {
      const parsed = JSON.parse(value);
      return Array.isArray(parsed) ? parsed.map(String) : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** One stored value in words. */
export function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") {
    if (field === "applicable") return "undecided";
    return "empty";
  }
  if (field === "applicable") return value === 1 || value === true ? "included" : "excluded";
  if (field === "reasons") {
    const list = parseList(value);
    return list?.length ? list.map((r) => (r === "risk" ? "risk treatment" : r)).join(", ") : "none";
  }
  if (field === "status") return humanize(String(value)).toLowerCase();
  if (field === "nextReviewOn") return formatDate(String(value));
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const clip = (text: string, max = 220) => (text.length > max ? `${text.slice(0, max)}…` : text);

function ChangeLine({ field, before, after }: { field: string; before: unknown; after: unknown }) {
  const label = FIELD_LABELS[field] ?? humanize(field).toLowerCase();
  if (LONG_TEXT.has(field)) {
    const was = describeValue(field, before);
    const now = describeValue(field, after);
    return (
      <List.Item>
        <Text size="sm">
          {before === null || before === ""
            ? "wrote the "
            : after === null || after === ""
              ? "cleared the "
              : "rewrote the "}
          {label}
          {after !== null && after !== "" && (
            <Text span size="sm" fs="italic">
              {`: “${clip(now)}”`}
            </Text>
          )}
          {before !== null && before !== "" && after !== null && after !== "" && (
            <Text span size="sm" c="dimmed">
              {` (was “${clip(was, 120)}”)`}
            </Text>
          )}
        </Text>
      </List.Item>
    );
  }
  return (
    <List.Item>
      <Text size="sm">
        changed the {label} from <strong>{describeValue(field, before)}</strong> to{" "}
        <strong>{describeValue(field, after)}</strong>
      </Text>
    </List.Item>
  );
}

function EventBody({ event }: { event: AuditEvent }) {
  const changes = (event.changes ?? {}) as Record<string, unknown>;
  if (event.action === "create")
    return (
      <Text size="sm">
        created the entry
        {(changes.after as Record<string, unknown> | undefined)?.status
          ? ` (status ${describeValue("status", (changes.after as Record<string, unknown>).status)})`
          : ""}
      </Text>
    );
  const pairs = Object.entries(changes).filter(
    (entry): entry is [string, [unknown, unknown]] => Array.isArray(entry[1]) && entry[1].length === 2,
  );
  if (!pairs.length) return <Text size="sm">{humanize(event.action).toLowerCase()} the entry</Text>;
  return (
    <List size="sm" spacing={2}>
      {pairs.map(([field, [before, after]]) => (
        <ChangeLine key={field} field={field} before={before} after={after} />
      ))}
    </List>
  );
}

export function ControlHistory({ slug, controlId }: { slug: string; controlId: string }) {
  const query = useQuery({
    queryKey: orgKey(slug, "annex", "history", controlId),
    queryFn: () =>
      ok(
        client.GET("/orgs/{slug}/audit-trail", {
          params: { path: { slug }, query: { controlId, limit: 50 } },
        }),
      ),
  });
  return (
    <Stack gap="sm" data-testid="control-history">
      <QueryView query={query}>
        {(events) =>
          events.length ? (
            <>
              <Timeline bulletSize={22} lineWidth={2} active={events.length}>
                {events.map((event) => (
                  <Timeline.Item
                    key={event.seq}
                    bullet={event.action === "create" ? <IconPlus size={12} /> : <IconEdit size={12} />}
                    title={
                      <Group gap={6}>
                        <Text size="sm" fw={600}>
                          {event.actorName}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(event.at)}
                        </Text>
                      </Group>
                    }
                  >
                    <EventBody event={event} />
                  </Timeline.Item>
                ))}
              </Timeline>
              <Anchor component={Link} to={`/o/${slug}/audit-trail`} size="sm">
                Open the full audit trail
              </Anchor>
            </>
          ) : (
            <EmptyState title="No changes recorded yet" />
          )
        }
      </QueryView>
    </Stack>
  );
}
