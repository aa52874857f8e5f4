/**
 * A new policy: one of the templates (the server fills in the organization's name, scope and owner
 * and makes version 1 a draft) or a blank policy with its own title.
 */
import { Badge, Group, Radio, ScrollArea, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ErrorAlert, Loading } from "../../components/common";
import { useSlug } from "../../session";
import { FormModal, opt, serverField, useOrgWrite } from "../manage/shared";
import { type NewPolicy, policyWrites, templatesQuery } from "./queries";

export function NewPolicyModal({ onClose }: { onClose: () => void }) {
  const slug = useSlug();
  const navigate = useNavigate();
  const templates = useQuery(templatesQuery());
  const [from, setFrom] = useState<"template" | "blank">("template");
  const [template, setTemplate] = useState<string>("information-security-policy");
  const [title, setTitle] = useState("");
  const [owner, setOwner] = useState("");
  const [titleError, setTitleError] = useState<string>();
  const create = useOrgWrite(
    (body: NewPolicy) => policyWrites(slug).create(body),
    (p) => `${p.title} created as a draft`,
    (p) => navigate(`/o/${slug}/policies/${p.key}`),
  );
  const submit = () => {
    const o = opt(owner);
    if (from === "blank") {
      if (!title.trim()) return setTitleError("Give the policy a title");
      create.mutate({ title: title.trim(), docType: "policy", ...(o && { owner: o }) });
    } else create.mutate({ template, ...(o && { owner: o }) });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      title="New policy"
      submitLabel="Create the draft"
      pending={create.isPending}
      error={create.error}
      onSubmit={submit}
      testId="new-policy-modal"
    >
      <SegmentedControl
        aria-label="Start from"
        value={from}
        onChange={(v) => setFrom(v as "template" | "blank")}
        data={[
          { value: "template", label: "From a template" },
          { value: "blank", label: "Blank policy" },
        ]}
      />
      {from === "blank" ? (
        <TextInput
          label="Title"
          required
          value={title}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setTitleError(undefined);
          }}
          error={titleError ?? serverField(create.error, "title")}
          data-testid="new-policy-title"
        />
      ) : templates.error ? (
        <ErrorAlert error={templates.error} />
      ) : !templates.data ? (
        <Loading label="Loading the templates…" />
      ) : (
        <Radio.Group value={template} onChange={setTemplate} label="Template" aria-label="Template">
          <ScrollArea.Autosize mah={380} type="auto" offsetScrollbars>
            <Stack gap="xs" pt={4}>
              {templates.data.map((t) => (
                <Radio.Card key={t.key} value={t.key} p="sm" radius="md" data-testid={`template-${t.key}`}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <Stack gap={2} miw={0}>
                      <Group gap={6}>
                        <Text fw={600} size="sm">
                          {t.title}
                        </Text>
                        {t.kind === "top-level" && (
                          <Badge size="sm" variant="light" color="indigo" radius="sm" tt="none">
                            Top-level
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm" c="dimmed">
                        {t.summary}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[
                          t.clauses.length > 0 ? `Clause ${t.clauses.join(", ")}` : "",
                          t.controls.length > 0 ? `Controls ${t.controls.join(", ")}` : "",
                          `review every ${t.reviewMonths} months`,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </Text>
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Radio.Group>
      )}
      <TextInput
        label="Owner"
        description="Who maintains the policy; left empty, the organization's ISMS owner"
        value={owner}
        onChange={(e) => setOwner(e.currentTarget.value)}
        error={serverField(create.error, "owner")}
      />
    </FormModal>
  );
}
