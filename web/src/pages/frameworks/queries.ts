/**
 * The frameworks' routes as the coverage page calls them (through the typed client): the frameworks
 * beside ISO, one framework's coverage by the organization's ISMS, and a requirement's owner and note.
 */
import { client, ok } from "../../api";
import type { ApiBody, ApiResponse } from "../../api/types";
import { orgKey } from "../../session";

export type FrameworkSummary = ApiResponse<"/frameworks">["frameworks"][number];
export type Coverage = ApiResponse<"/orgs/{slug}/coverage/{framework}">;
export type CoverageRequirement = Coverage["requirements"][number];
export type CoverageState = CoverageRequirement["state"];
export type IsoStanding = CoverageRequirement["iso"][number];
export type StateCounts = Coverage["summary"];
export type NoteInput = ApiBody<"/orgs/{slug}/coverage/{framework}/{requirement}", "put">;

/** NIS2's id (the API also takes the alias "nis2"). */
export const NIS2_ID = "nis2-2024-2690";

/** The frameworks are the installation's, not one organization's. */
export const frameworksQuery = () => ({
  queryKey: ["frameworks"] as const,
  queryFn: () => ok(client.GET("/frameworks")),
});

export const coverageKey = (slug: string, framework: string) => orgKey(slug, "coverage", framework);

export const coverageQuery = (slug: string, framework: string) => ({
  queryKey: coverageKey(slug, framework),
  queryFn: () =>
    ok(client.GET("/orgs/{slug}/coverage/{framework}", { params: { path: { slug, framework } } })),
});

export const saveNote = (slug: string, framework: string, requirement: string, body: NoteInput) =>
  ok(
    client.PUT("/orgs/{slug}/coverage/{framework}/{requirement}", {
      params: { path: { slug, framework, requirement } },
      body,
    }),
  );
