/**
 * Approving the SoA: who approved and in what role (the signed-in user by default; the server also
 * records who entered it), why undecided controls are accepted if any remain, an optional note, the
 * lint problems as a warning, then the new immutable version number.
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
  const [by, setBy] = useState<string | null>(null);
  const [role, setRole] = useState("");
  const [reason, setReason] = useState("");
  const undecided = soa.entries.filter((e) => e.applicable === null).length;
  const approve = useMutation({
    mutationFn: () =>
      ok(
        client.POST("/orgs/{slug}/soa/approve", {
          params: { path: { slug } },
          body: {
            ...(note.trim() && { note: note.trim() }),
            ...(approvedBy.trim() && { approvedBy: approvedBy.trim() }),
            ...(role.trim() && { approverRole: role.trim() }),
            ...(undecided > 0 && reason.trim() && { undecidedReason: reason.trim() }),
          },
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
    setBy(null);
    setRole("");
    setReason("");
  };
  const unchanged = soa.latestVersion !== null && !soa.changedSinceLatest;
  const approver = me.data?.name || me.data?.email || "";
  const approvedBy = by ?? approver;
  const fieldError = (name: string) =>
    approve.error instanceof ApiError ? approve.error.field(name) : undefined;

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
            Approved by {approvedBy}
            {role.trim() ? ` (${role.trim()})` : ""} on {formatDateTime(approve.data.approvedAt)}
            {approvedBy !== approver ? `, recorded by ${approver}` : ""}. This version is now fixed; later
            edits start the next version.
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
          <Group grow align="flex-start">
            <TextInput
              label="Approved by"
              description="The person who approved; you are recorded as who entered it"
              value={approvedBy}
              onChange={(e) => setBy(e.currentTarget.value)}
              error={fieldError("approvedBy")}
              data-testid="approve-by"
            />
            <TextInput
              label="Role"
              description="For example CEO"
              value={role}
              onChange={(e) => setRole(e.currentTarget.value)}
              data-testid="approve-role"
            />
          </Group>
          {undecided > 0 && (
            <Textarea
              label={`Why approve with ${undecided} control${undecided === 1 ? "" : "s"} undecided`}
              description="Required: decide every control, or record the approver's reason"
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError("undecidedReason")}
              data-testid="approve-undecided-reason"
            />
          )}
          <Textarea
            label="Note"
            placeholder="For example: annual review after the new risk assessment"
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError("note")}
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
                disabled={unchanged || (undecided > 0 && !reason.trim())}
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
