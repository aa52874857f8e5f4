/** Our guidance on one control: attribute badges, implementation steps, scale, evidence, pitfalls, related. */
import { Anchor, Badge, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { ATTRIBUTES, type CatalogControl, humanize } from "./data";

const ATTRIBUTE_COLOURS: Record<string, string> = {
  controlType: "blue",
  securityProperties: "grape",
  cybersecurityConcepts: "teal",
  operationalCapabilities: "indigo",
  securityDomains: "cyan",
};

export function AttributeBadges({ control }: { control: CatalogControl }) {
  return (
    <Stack gap={6}>
      {ATTRIBUTES.map((a) => (
        <Group key={a.key} gap={6} wrap="nowrap" align="flex-start">
          <Text size="xs" fw={600} w={{ base: 130, sm: 210 }} c="dark.3" style={{ flexShrink: 0 }}>
            {a.label}
          </Text>
          <Group gap={6}>
            {control.attributes[a.key].map((value) => (
              <Badge key={value} variant="light" color={ATTRIBUTE_COLOURS[a.key]} radius="sm" tt="none">
                {humanize(value)}
              </Badge>
            ))}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}

/** A control or clause id from guidance ("5.2", "clause:7.5") as a link. */
export function RelatedLink({ slug, target }: { slug: string; target: string }) {
  const clause = target.startsWith("clause:") ? target.slice("clause:".length) : null;
  return clause ? (
    <Anchor component={Link} to={`/o/${slug}/clauses/${clause}`} size="sm">
      Clause {clause}
    </Anchor>
  ) : (
    <Anchor component={Link} to={`/o/${slug}/controls/${target}`} size="sm">
      {target}
    </Anchor>
  );
}

export function RelatedLinks({
  slug,
  related,
  titles,
}: {
  slug: string;
  related: string[];
  titles?: Map<string, string>;
}) {
  if (!related.length) return <Text size="sm">None listed.</Text>;
  return (
    <List size="sm" spacing={4}>
      {related.map((r) => (
        <List.Item key={r}>
          <RelatedLink slug={slug} target={r} />
          {titles?.get(r.replace(/^clause:/, "")) && (
            <Text span size="sm">
              {" "}
              {titles.get(r.replace(/^clause:/, ""))}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

export function GuidanceDetails({
  slug,
  control,
  titles,
}: {
  slug: string;
  control: CatalogControl;
  titles?: Map<string, string>;
}) {
  const g = control.guidance;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} fz="md">
          Implementation steps
        </Title>
        <List type="ordered" size="sm" spacing={6}>
          {g.implementation.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
      </Stack>
      {(g.scale?.small || g.scale?.large) && (
        <Stack gap="xs">
          <Title order={3} fz="md">
            At different sizes
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {g.scale?.small && (
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  Small organization
                </Text>
                <Text size="sm">{g.scale.small}</Text>
              </Stack>
            )}
            {g.scale?.large && (
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  Large organization
                </Text>
                <Text size="sm">{g.scale.large}</Text>
              </Stack>
            )}
          </SimpleGrid>
        </Stack>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={3} fz="md">
            Typical evidence
          </Title>
          <List size="sm" spacing={4}>
            {g.evidence.map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap="xs">
          <Title order={3} fz="md">
            Pitfalls auditors find
          </Title>
          <List size="sm" spacing={4}>
            {g.pitfalls.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Stack>
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={3} fz="md">
          Related controls and clauses
        </Title>
        <RelatedLinks slug={slug} related={g.related} {...(titles && { titles })} />
      </Stack>
    </Stack>
  );
}
