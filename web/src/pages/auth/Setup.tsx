/** First run: the installation has no user yet; create its owner, sign in, then create an organization. */
import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Navigate, useNavigate } from "react-router";
import { ApiError, api, client, ok, setCsrfToken } from "../../api";
import type { ApiResponse } from "../../api/types";
import { ErrorAlert, Loading } from "../../components/common";
import { ME_KEY } from "../../session";
import { AuthFrame } from "./AuthFrame";

export default function Setup() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const setup = useQuery({ queryKey: ["setup"], queryFn: () => ok(client.GET("/setup")) });
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // Once this page has created the owner, it moves on to the first organization, not to sign-in.
  const [created, setCreated] = useState(false);

  if (setup.isPending) return <Loading />;
  if (setup.data && !setup.data.needed && !created) return <Navigate to="/login" replace />;

  const mismatch = confirm.length > 0 && confirm !== password ? "The two passwords differ" : undefined;
  const apiError = error instanceof ApiError ? error : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.post("/setup", { name: name.trim(), email: email.trim(), password });
      const session = await api.post<ApiResponse<"/auth/login", "post">>("/auth/login", {
        email: email.trim(),
        password,
      });
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ queryKey: ME_KEY });
      setCreated(true);
      queryClient.setQueryData(["setup"], { needed: false });
      await navigate("/new-organization", { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame
      title="Set up ISMS Copilot"
      intro="Nobody uses this installation yet. Create the owner's account: the owner manages users and organizations."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Your name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            autoComplete="name"
            error={apiError?.field("name")}
          />
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            autoComplete="username"
            error={apiError?.field("email")}
          />
          <PasswordInput
            label="Password"
            description="At least 12 characters; a passphrase of several words is easiest."
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
            error={apiError?.field("password")}
          />
          <PasswordInput
            label="Repeat the password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            autoComplete="new-password"
            error={mismatch}
          />
          {error !== undefined && <ErrorAlert error={error} title="The account was not created" />}
          <Button type="submit" loading={busy} fullWidth mt="xs">
            Create the owner account
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
