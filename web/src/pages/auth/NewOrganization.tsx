/** Create an organization (one organization is one ISMS); its creator becomes its owner. */
import { Anchor, Button, Stack, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, Navigate, useNavigate } from "react-router";
import { ApiError, api } from "../../api";
import { ErrorAlert, Loading } from "../../components/common";
import { ME_KEY, useMe } from "../../session";
import { AuthFrame } from "./AuthFrame";

const slugify = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);

export default function NewOrganization() {
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/login" replace />;
  const apiError = error instanceof ApiError ? error : undefined;
  const effectiveSlug = slugEdited ? slug : slugify(name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.post("/orgs", { name: name.trim(), slug: effectiveSlug });
      queryClient.removeQueries({ queryKey: ME_KEY });
      navigate(`/o/${effectiveSlug}/start`, { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame
      title="Create your organization"
      intro="An organization holds one ISMS: its scope, risks, Statement of Applicability, evidence and audits. You can create more later, for example one per client."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Organization name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={apiError?.field("name")}
            autoFocus
          />
          <TextInput
            label="Short name in addresses"
            description="Lower-case letters, digits and hyphens."
            required
            value={effectiveSlug}
            onChange={(e) => {
              setSlugEdited(true);
              setSlug(e.currentTarget.value);
            }}
            error={apiError?.field("slug")}
          />
          {error !== undefined && <ErrorAlert error={error} title="The organization was not created" />}
          <Button type="submit" loading={busy} fullWidth mt="xs" disabled={!name.trim() || !effectiveSlug}>
            Create organization
          </Button>
          {me.data.organizations.length > 0 && (
            <Anchor component={Link} to="/" size="sm" ta="center">
              Back to my organizations
            </Anchor>
          )}
        </Stack>
      </form>
    </AuthFrame>
  );
}
