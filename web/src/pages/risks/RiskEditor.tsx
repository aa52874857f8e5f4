/**
 * One risk: create (/risks/new) or edit (/risks/:key). Scores update live under the organization's
 * method; saves use If-Match and resolve conflicts in ConflictModal; field errors show inline.
 */
import { Anchor, Breadcrumbs, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy, IconTrash } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError, client, ifMatch, ok } from "../../api";
import { ErrorAlert, Loading, PageHeader, StatusBadge } from "../../components/common";
import { useVersionedSave } from "../../components/useVersionedSave";
import { orgKey, useCan, useSlug } from "../../session";
import { RiskFormSections } from "./RiskFormSections";
import {
  bodyOf,
  CONFLICT_FIELDS,
  EMPTY_FORM,
  flatForConflict,
  formOf,
  mergeForms,
  type RiskForm,
  rebase,
} from "./riskForm";
import { type Risk, useControls, useMethod } from "./types";

export default function RiskEditor() {
  const slug = useSlug();
  const { key } = useParams();
  const isNew = !key;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canWrite = useCan("risk:write");

  const method = useMethod(slug);
  const controls = useControls();
  const assets = useQuery({
    queryKey: orgKey(slug, "assets"),
    queryFn: () => ok(client.GET("/orgs/{slug}/assets", { params: { path: { slug } } })),
  });
  const [deleted, setDeleted] = useState(false);
  const risk = useQuery({
    queryKey: orgKey(slug, "risk", key),
    queryFn: () => ok(client.GET("/orgs/{slug}/risks/{key}", { params: { path: { slug, key: key ?? "" } } })),
    enabled: !isNew && !deleted,
  });

  const [form, setForm] = useState<RiskForm>(EMPTY_FORM);
  const [base, setBase] = useState<Risk | null>(null);
  const [statusChosen, setStatusChosen] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  // Load the saved risk into the form once (and again after each save).
  useEffect(() => {
    if (risk.data && (!base || base.key !== risk.data.key)) {
      setBase(risk.data);
      setForm(formOf(risk.data));
      setStatusChosen(false);
    }
  }, [risk.data, base]);

  const readOnly = !canWrite || (base ? !base.abilities.update : false);
  const set = (patch: Partial<RiskForm>) => setForm((f) => ({ ...f, ...patch }));

  const save = useVersionedSave<RiskForm, Risk, Risk>({
    send: (values, headers) => {
      const body = bodyOf(values, {
        sendStatus: statusChosen,
        acceptedAt: base?.acceptance?.at ?? null,
      });
      if (isNew) return ok(client.POST("/orgs/{slug}/risks", { params: { path: { slug } }, body }));
      return ok(
        client.PATCH("/orgs/{slug}/risks/{key}", {
          params: { path: { slug, key: key ?? "" } },
          body,
          headers,
        }),
      );
    },
    latest: () => ok(client.GET("/orgs/{slug}/risks/{key}", { params: { path: { slug, key: key ?? "" } } })),
    // The dialog compares what the user changed, applied to the saved risk.
    mine: (sent, theirs) => rebase(base ? formOf(base) : sent, sent, formOf(theirs)),
    fields: CONFLICT_FIELDS,
    show: (mine) => flatForConflict(mine, method.data?.method),
    showSaved: (theirs) => flatForConflict(formOf(theirs), method.data?.method),
    merge: (picked, conflict) =>
      mergeForms(picked, conflict.mine, formOf(conflict.theirs), method.data?.method),
    onSaved: (saved) => {
      queryClient.invalidateQueries({ queryKey: ["org", slug] });
      notifications.show({ message: `${saved.key} saved`, color: "teal" });
      if (isNew) {
        navigate(`/o/${slug}/risks/${saved.key}`, { replace: true });
        return;
      }
      queryClient.setQueryData(orgKey(slug, "risk", key), saved);
      setBase(saved);
      setForm(formOf(saved));
      setStatusChosen(false);
    },
    onDiscard: (theirs) => {
      setBase(theirs);
      setForm(formOf(theirs));
    },
    onResolve: (values, theirs) => {
      setBase(theirs);
      setForm(values);
    },
  });

  const remove = useMutation({
    mutationFn: () =>
      ok(
        client.DELETE("/orgs/{slug}/risks/{key}", {
          params: { path: { slug, key: key ?? "" } },
          headers: base ? ifMatch(base.version) : {},
        }),
      ),
    onSuccess: () => {
      // Stop reading the deleted risk before the register is refreshed.
      setDeleted(true);
      queryClient.removeQueries({ queryKey: orgKey(slug, "risk", key) });
      navigate(`/o/${slug}/risks`);
      queryClient.invalidateQueries({ queryKey: ["org", slug] });
      notifications.show({ message: `${key} deleted`, color: "teal" });
    },
  });

  const submit = () => {
    setLocalError(null);
    if (!form.title.trim()) return setLocalError("Give the risk a title.");
    if (!form.inherentL || !form.inherentI)
      return setLocalError("Choose the inherent likelihood and impact.");
    if (Boolean(form.residualL) !== Boolean(form.residualI))
      return setLocalError("Choose both residual likelihood and impact, or neither.");
    save.save(form, base?.version);
  };

  if (method.error || risk.error) return <ErrorAlert error={method.error ?? risk.error} />;
  if (!method.data || (!isNew && !base) || !controls.data) return <Loading />;

  const title = isNew ? "New risk" : `${base?.key} · ${base?.title}`;
  const saveError = save.error;
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to={`/o/${slug}/risks`} size="sm">
          Risk register
        </Anchor>
        <Text size="sm">{isNew ? "New risk" : base?.key}</Text>
      </Breadcrumbs>
      <PageHeader
        title={title}
        description={
          isNew ? (
            "Describe the risk, score it before and after treatment, and record the decision."
          ) : (
            <Group gap="xs" component="span">
              <StatusBadge status={base?.status} group="riskStatus" />
              <span>Version {base?.version}</span>
              {readOnly && <span>· read only: your role cannot change risks</span>}
            </Group>
          )
        }
        actions={
          canWrite && (
            <>
              {!isNew && base?.abilities.delete && (
                <Button
                  variant="default"
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  onClick={() => setConfirmDelete(true)}
                >
                  Delete
                </Button>
              )}
              {!readOnly && (
                <Button
                  leftSection={<IconDeviceFloppy size={16} />}
                  onClick={submit}
                  loading={save.isPending}
                  data-testid="save-risk"
                >
                  {isNew ? "Create risk" : "Save changes"}
                </Button>
              )}
            </>
          )
        }
      />
      {localError && <ErrorAlert error={new Error(localError)} title="Check the form" />}
      <ErrorAlert
        error={saveError instanceof ApiError ? new Error(saveError.problem.detail) : saveError}
        title="The risk was not saved"
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <RiskFormSections
          form={form}
          set={set}
          method={method.data.method}
          controls={controls.data}
          assets={assets.data ?? []}
          readOnly={readOnly}
          error={saveError}
          statusChosen={statusChosen}
          onStatus={(status) => {
            setStatusChosen(true);
            set({ status });
          }}
        />
        {!readOnly && (
          <Group justify="flex-end" mt="lg">
            <Button variant="default" component={Link} to={`/o/${slug}/risks`}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={16} />}>
              {isNew ? "Create risk" : "Save changes"}
            </Button>
          </Group>
        )}
      </form>

      {save.dialog}
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title={`Delete ${key}?`}>
        <Stack>
          <Text size="sm">
            The risk, its links to controls and assets, and its treatment actions are removed from the
            register. The audit trail keeps a record of the deletion.
          </Text>
          <ErrorAlert error={remove.error} title="The risk was not deleted" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              Keep the risk
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate()}
              data-testid="confirm-delete"
            >
              Delete risk
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
