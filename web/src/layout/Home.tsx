/** The address `/`, the page of an unknown address and the page shown when a route fails. */
import { Box, Button, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { isRouteErrorResponse, Link, Navigate, useParams, useRouteError } from "react-router";
import { client, ok } from "../api";
import { ErrorAlert, Loading } from "../components/common";
import { useMe } from "../session";

/** `/`: the first organization, or the first-run and sign-in pages. */
export function Home() {
  const me = useMe();
  const setup = useQuery({ queryKey: ["setup"], queryFn: () => ok(client.GET("/setup")) });
  if (me.error) return <ErrorAlert error={me.error} />;
  if (me.isPending || setup.isPending) return <Loading />;
  if (!me.data) return <Navigate to={setup.data?.needed ? "/setup" : "/login"} replace />;
  const first = me.data.organizations[0];
  return <Navigate to={first ? `/o/${first.slug}` : "/new-organization"} replace />;
}

/** An address the app does not have: said plainly, with a way back. */
export function NotFound() {
  const { slug } = useParams();
  return (
    <Box p="xl" maw={720} mx="auto" data-testid="not-found">
      <Title order={2} mb="md">
        There is no page at this address
      </Title>
      <Text mb="md">The link may be mistyped or out of date.</Text>
      <Button component={Link} to={slug ? `/o/${slug}` : "/"} variant="default">
        {slug ? "Back to the dashboard" : "Back to the start"}
      </Button>
    </Box>
  );
}

export function RootError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  // A route's thrown answer is not an Error: say its status instead of printing the object.
  const shown = isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error;
  return (
    <Box p="xl" maw={720} mx="auto">
      <Title order={2} mb="md">
        This page could not be shown
      </Title>
      <ErrorAlert error={shown} />
      <Button component={Link} to="/" mt="md" variant="default">
        Back to the start
      </Button>
    </Box>
  );
}
