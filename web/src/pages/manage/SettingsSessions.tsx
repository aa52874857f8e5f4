/** Where the signed-in user is signed in, with a way to sign out any other session. */
import { Badge, Button, Table } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, client, ok } from "../../api";
import type { SignedInSession } from "../../api/types";
import { ErrorAlert, formatDateTime, QueryView } from "../../components/common";
import { Section } from "./shared";

/** A short name for a browser's user agent string. */
function browserOf(agent: string | null): string {
  if (!agent) return "unknown";
  const name = /(Edg|Firefox|Chrome|Safari)\/[\d.]+/.exec(agent)?.[1];
  const platform = /(Windows|Mac OS X|Android|iPhone|Linux)/.exec(agent)?.[1];
  const label = name === "Edg" ? "Edge" : name;
  return [label, platform].filter(Boolean).join(" on ") || agent.slice(0, 40);
}

export function Sessions() {
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: ["me", "sessions"],
    queryFn: () => ok(client.GET("/auth/sessions")),
  });
  const end = useMutation({
    mutationFn: (s: SignedInSession) => api.del(`/auth/sessions/${s.id}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["me", "sessions"] });
      notifications.show({ message: "Session signed out", color: "teal" });
    },
  });
  return (
    <Section
      title="Where you are signed in"
      description="Sessions end after an hour without use and a week after sign-in at most. Sign out any you do not recognise, then change your password."
      testId="sessions"
    >
      <QueryView query={sessions}>
        {(list) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="sessions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Browser</Table.Th>
                  <Table.Th>Address</Table.Th>
                  <Table.Th>Signed in</Table.Th>
                  <Table.Th>Last active</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      {browserOf(s.userAgent)}
                      {s.current && (
                        <Badge ml={6} size="xs" variant="outline" radius="sm" tt="none">
                          this one
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{s.ip ?? "—"}</Table.Td>
                    <Table.Td>{formatDateTime(s.createdAt)}</Table.Td>
                    <Table.Td>{formatDateTime(s.lastSeenAt)}</Table.Td>
                    <Table.Td>
                      {!s.current && (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          loading={end.isPending && end.variables?.id === s.id}
                          onClick={() => end.mutate(s)}
                          aria-label={`Sign out the session from ${s.ip ?? "an unknown address"}`}
                        >
                          Sign out
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      <ErrorAlert error={end.error} title="Not signed out" />
    </Section>
  );
}
