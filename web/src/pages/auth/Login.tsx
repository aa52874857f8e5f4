/** Sign in with email and password, and the one-time code when two-factor authentication is on. */
import { Anchor, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError, api, setCsrfToken } from "../../api";
import { ErrorAlert } from "../../components/common";
import { ME_KEY } from "../../session";
import { AuthFrame } from "./AuthFrame";

export default function Login() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const session = await api.post<{ csrfToken: string }>("/auth/login", {
        email: email.trim(),
        password,
        ...(needsCode && { code: code.trim() }),
      });
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ queryKey: ME_KEY });
      const from = (history.state?.usr as { from?: string } | undefined)?.from;
      navigate(from?.startsWith("/o/") ? from : "/", { replace: true });
    } catch (caught) {
      if (caught instanceof ApiError && caught.field("code") && !needsCode) {
        setNeedsCode(true);
      } else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame title="Sign in" intro="Use the account your ISMS administrator created for you.">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            autoFocus
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {needsCode && (
            <TextInput
              label="One-time code"
              description="Your account has two-factor authentication: enter the 6-digit code from your app."
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={8}
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              autoFocus
            />
          )}
          {error !== undefined && <ErrorAlert error={error} title="Could not sign in" />}
          <Button type="submit" loading={busy} fullWidth mt="xs">
            {needsCode ? "Verify and sign in" : "Sign in"}
          </Button>
          <Anchor href="/api/v1/auth/oidc/start" size="sm" ta="center">
            Sign in with single sign-on
          </Anchor>
        </Stack>
      </form>
    </AuthFrame>
  );
}
