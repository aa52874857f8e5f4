/**
 * Who is signed in, which organization is open and what the user's role there allows. Pages ask
 * `useCan("soa:write")` to hide or disable what the role cannot do; the server checks again.
 */
import { useQuery } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext } from "react";
import { useParams } from "react-router";
import { client, ok, setCsrfToken } from "./api";
import type { Me, Membership, OrgInfo } from "./api/types";

export type { Me, Membership, OrgInfo };

export const ME_KEY = ["me"] as const;

/** The signed-in user, or null. The public session endpoint answers 200 either way, so an anonymous visit logs no error. */
export async function loadMe(): Promise<Me | null> {
  const { user } = await ok(client.GET("/auth/session"));
  setCsrfToken(user?.csrfToken);
  return user;
}

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: loadMe, staleTime: 60_000 });
}

/** The open organization's info and the caller's permissions there. */
export const orgInfoQuery = (slug: string) => ({
  queryKey: ["org", slug, "info"] as const,
  queryFn: () => ok(client.GET("/orgs/{slug}", { params: { path: { slug } } })),
});

const OrgContext = createContext<OrgInfo | null>(null);

export function OrgProvider({ org, children }: { org: OrgInfo; children: ReactNode }) {
  return <OrgContext.Provider value={org}>{children}</OrgContext.Provider>;
}

/** The open organization (inside /o/:slug). */
export function useOrg(): OrgInfo {
  const org = useContext(OrgContext);
  if (!org) throw new Error("useOrg() outside an organization page");
  return org;
}

/** The slug of the open organization, for API paths: `/orgs/${slug}/…`. */
export function useSlug(): string {
  const { slug } = useParams();
  if (!slug) throw new Error("useSlug() outside /o/:slug");
  return slug;
}

/** Whether the user's role allows a permission in the open organization. */
export function useCan(permission: string): boolean {
  return useOrg().permissions.includes(permission);
}

/** The query key prefix of everything that belongs to one organization (invalidate it after writes). */
export const orgKey = (slug: string, ...rest: unknown[]) => ["org", slug, ...rest] as const;
