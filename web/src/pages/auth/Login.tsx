/**
 * Sign in with email and password, and the one-time code when two-factor authentication is on. After
 * single sign-on, a user with two-factor authentication lands here (`?sso=code`) for the code only.
 */
import { Anchor, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { ApiError, api, setCsrfToken } from "../../api";
import type { ApiResponse } from "../../api/types";
import { ErrorAlert } from "../../components/common";
import { ME_KEY } from "../../session";
import { AuthFrame } from "./AuthFrame";

export default function Login() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const ssoCode = useSearchParams()[0].get("sso") === "code";
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
      const session = ssoCode
        ? await api.post<ApiResponse<"/auth/oidc/totp", "post">>("/auth/oidc/totp", { code: code.trim() })
        : await api.post<ApiResponse<"/auth/login", "post">>("/auth/login", {
            email: email.trim(),
            password,
            ...(needsCode && { code: code.trim() }),
          });
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ queryKey: ME_KEY });
      const from = (history.state?.usr as { from?: string } | undefined)?.from;
      navigate(from?.startsWith("/o/") ? from : "/", { replace: true });
    } catch (caught) {
      if (caught instanceof ApiError && caught.field("code") && !needsCode && !ssoCode) {
        setNeedsCode(true);
      } else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame
      title="Sign in"
      intro={
        ssoCode
          ? "Your provider has signed you in; your account here also asks for its one-time code."
          : "Use the account your ISMS administrator created for you."
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {!ssoCode && (
            <>
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
            </>
          )}
          {(needsCode || ssoCode) && (
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
            {needsCode || ssoCode ? "Verify and sign in" : "Sign in"}
          </Button>
          <Anchor href="/api/v1/auth/oidc/start" size="sm" ta="center">
            {ssoCode ? "Start single sign-on again" : "Sign in with single sign-on"}
          </Anchor>
        </Stack>
      </form>
    </AuthFrame>
  );
}
