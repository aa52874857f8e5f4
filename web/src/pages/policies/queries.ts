/**
 * The policy routes of the API as the pages call them (through the typed client): reads with their
 * query keys, and the writes of a policy's lifecycle (edit, review, approve, publish, acknowledge).
 */
import { client, downloadUrl, ok } from "../../api";
import type {
  NewPolicy,
  NewPolicyVersion,
  PolicyApproval,
  PolicyCommentInput,
  PolicyPublication,
  PolicyVersionPatch,
} from "../../api/types";
import { orgKey } from "../../session";

export type { NewPolicy };

export const templatesQuery = () => ({
  queryKey: ["policy-templates"] as const,
  queryFn: () => ok(client.GET("/policy-templates")),
  staleTime: Number.POSITIVE_INFINITY,
});

export const policiesQuery = (slug: string) => ({
  queryKey: orgKey(slug, "policies"),
  queryFn: () => ok(client.GET("/orgs/{slug}/policies", { params: { path: { slug } } })),
});

export const policyQuery = (slug: string, key: string) => ({
  queryKey: orgKey(slug, "policies", key),
  queryFn: () => ok(client.GET("/orgs/{slug}/policies/{key}", { params: { path: { slug, key } } })),
});

export const acksQuery = (slug: string, key: string) => ({
  queryKey: orgKey(slug, "policies", key, "acks"),
  queryFn: () =>
    ok(client.GET("/orgs/{slug}/policies/{key}/acknowledgements", { params: { path: { slug, key } } })),
});

export const compareQuery = (slug: string, key: string, from: number, to: number) => ({
  queryKey: orgKey(slug, "policies", key, "compare", from, to),
  queryFn: () =>
    ok(
      client.GET("/orgs/{slug}/policies/{key}/compare", {
        params: { path: { slug, key }, query: { from, to } },
      }),
    ),
});

/** The writes of one organization's policies. */
export function policyWrites(slug: string) {
  const at = (key: string, n: number) => ({ params: { path: { slug, key, n } } });
  return {
    create: (body: NewPolicy) =>
      ok(client.POST("/orgs/{slug}/policies", { params: { path: { slug } }, body })),
    save: (key: string, n: number, body: PolicyVersionPatch) =>
      ok(client.PATCH("/orgs/{slug}/policies/{key}/versions/{n}", { ...at(key, n), body })),
    newVersion: (key: string, body: NewPolicyVersion) =>
      ok(client.POST("/orgs/{slug}/policies/{key}/versions", { params: { path: { slug, key } }, body })),
    comment: (key: string, n: number, body: PolicyCommentInput) =>
      ok(client.POST("/orgs/{slug}/policies/{key}/versions/{n}/comments", { ...at(key, n), body })),
    submit: (key: string, n: number) =>
      ok(client.POST("/orgs/{slug}/policies/{key}/versions/{n}/submit", { ...at(key, n), body: {} })),
    returnToDraft: (key: string, n: number, reason?: string) =>
      ok(
        client.POST("/orgs/{slug}/policies/{key}/versions/{n}/return", {
          ...at(key, n),
          body: reason ? { reason } : {},
        }),
      ),
    approve: (key: string, n: number, body: PolicyApproval) =>
      ok(client.POST("/orgs/{slug}/policies/{key}/versions/{n}/approve", { ...at(key, n), body })),
    publish: (key: string, n: number, body: PolicyPublication) =>
      ok(client.POST("/orgs/{slug}/policies/{key}/versions/{n}/publish", { ...at(key, n), body })),
    acknowledge: (key: string) =>
      ok(client.POST("/orgs/{slug}/policies/{key}/acknowledge", { params: { path: { slug, key } } })),
    link: (key: string, id: string) =>
      ok(
        client.POST("/orgs/{slug}/policies/{key}/acknowledgements/{id}/link", {
          params: { path: { slug, key, id } },
        }),
      ),
    review: (key: string, note?: string) =>
      ok(
        client.POST("/orgs/{slug}/policies/{key}/review", {
          params: { path: { slug, key } },
          body: note ? { note } : {},
        }),
      ),
  };
}

/** The public page of a one-time link: the policy, and the acknowledgement. */
export const publicAck = {
  query: (token: string) => ({
    queryKey: ["ack", token] as const,
    queryFn: () => ok(client.GET("/ack/{token}", { params: { path: { token } } })),
    retry: false,
  }),
  accept: (token: string) => ok(client.POST("/ack/{token}", { params: { path: { token } } })),
};

/** Downloads of a policy (the document, optionally one version) and of its acknowledgements. */
export const policyDownloads = (slug: string, key: string) => ({
  document: (format: "pdf" | "docx", version?: number) =>
    downloadUrl(`/orgs/${slug}/exports/policy`, { format, policy: key, version }),
  acks: (format: "csv" | "pdf") => downloadUrl(`/orgs/${slug}/exports/policy-acks`, { format, policy: key }),
});
