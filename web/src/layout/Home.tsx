/** The address `/` and the page shown when a route fails. */
import { Box, Button, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, Navigate, useRouteError } from "react-router";
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

export function RootError() {
  const error = useRouteError();
  return (
    <Box p="xl" maw={720} mx="auto">
      <Title order={2} mb="md">
        This page could not be shown
      </Title>
      <ErrorAlert error={error} />
      <Button component={Link} to="/" mt="md" variant="default">
        Back to the start
      </Button>
    </Box>
  );
}
