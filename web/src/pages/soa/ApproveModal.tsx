/**
 * Approving the SoA: who approves (the signed-in user, as the server records), an optional note,
 * the lint problems as a warning, then the new immutable version number.
 */
import { Alert, Anchor, Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { ApiError, client, ok } from "../../api";
import type { LintProblem, SoaState } from "../../api/types";
import { ErrorAlert, formatDateTime } from "../../components/common";
import { useMe } from "../../session";

export function ApproveModal({
  opened,
  onClose,
  slug,
  soa,
  problems,
}: {
  opened: boolean;
  onClose: () => void;
  slug: string;
  soa: SoaState;
  problems: LintProblem[];
}) {
  const me = useMe();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const approve = useMutation({
    mutationFn: () =>
      ok(
        client.POST("/orgs/{slug}/soa/approve", {
          params: { path: { slug } },
          body: note.trim() ? { note: note.trim() } : {},
        }),
      ),
    onSuccess: (result) => {
      notifications.show({
        message: `Version ${result.number} of the SoA approved`,
        color: "teal",
      });
      void queryClient.invalidateQueries({ queryKey: ["org", slug] });
    },
  });
  const close = () => {
    onClose();
    approve.reset();
    setNote("");
  };
  const unchanged = soa.latestVersion !== null && !soa.changedSinceLatest;
  const approver = me.data?.name || me.data?.email || "";

  return (
    <Modal opened={opened} onClose={close} title="Approve the Statement of Applicability" size="lg">
      {approve.data ? (
        <Stack data-testid="approve-result">
          <Alert
            color="teal"
            variant="light"
            icon={<IconCircleCheck size={18} />}
            title={`Version ${approve.data.number} approved`}
            styles={{ title: { color: "var(--mantine-color-dark-8)" } }}
          >
            Approved by {approver} on {formatDateTime(approve.data.approvedAt)}. This version is now fixed;
            later edits start the next version.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={`/o/${slug}/soa/versions`}>
              See all versions
            </Button>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            Approval freezes the current decisions as version {(soa.latestVersion ?? 0) + 1}. Auditors and the
            comparison of versions refer to it; later edits do not change it.
          </Text>
          {unchanged && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
              Nothing has changed since version {soa.latestVersion}, so there is nothing new to approve.
            </Alert>
          )}
          {problems.length > 0 && (
            <Alert
              color="yellow"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              title={`${problems.length} problem${problems.length === 1 ? "" : "s"} an auditor would raise`}
              data-testid="approve-lint-warning"
              styles={{ title: { color: "var(--mantine-color-dark-8)" } }}
            >
              <Text size="sm" mb={4}>
                You can still approve, but consider fixing these first:
              </Text>
              <List size="sm" spacing={2} mah={180} style={{ overflowY: "auto" }}>
                {problems.map((p) => (
                  <List.Item key={`${p.code}-${p.controlId ?? ""}-${p.message}`}>{p.message}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <TextInput label="Approved by" value={approver} readOnly description="Recorded from your account" />
          <Textarea
            label="Note"
            placeholder="For example: annual review after the new risk assessment"
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={approve.error instanceof ApiError ? approve.error.field("note") : undefined}
          />
          <ErrorAlert error={approve.error} title="The SoA was not approved" />
          <Group justify="space-between">
            <Anchor component={Link} to={`/o/${slug}/soa/versions`} size="sm">
              Compare with the last version first
            </Anchor>
            <Group gap="xs">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button
                data-testid="approve-confirm"
                onClick={() => approve.mutate()}
                loading={approve.isPending}
                disabled={unchanged}
              >
                Approve version {(soa.latestVersion ?? 0) + 1}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
