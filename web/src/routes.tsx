/**
 * Every page of the app. Pages load on demand (one bundle per route), inside the organization's
 * layout, which provides the navigation, the organization switcher and the copilot panel.
 */
import type { ComponentType } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";
import { Loading } from "./components/common";
import { Home, NotFound, RootError } from "./layout/Home";
import { OrgLayout } from "./layout/OrgLayout";
import { queryClient } from "./query";
import { loadMe, ME_KEY, orgInfoQuery } from "./session";

/** A route whose page module is loaded only when the route is visited. */
const page = (path: string | undefined, load: () => Promise<{ default: ComponentType }>): RouteObject => ({
  ...(path === undefined ? { index: true } : { path }),
  lazy: async () => ({ Component: (await load()).default }),
});

/** Runs a prefetch once the session is known to be signed in (loaders start data with the code). */
async function whenSignedIn(prefetch: () => Promise<unknown>): Promise<void> {
  await queryClient.prefetchQuery({ queryKey: ME_KEY, queryFn: loadMe });
  if (queryClient.getQueryData(ME_KEY)) await prefetch();
}

export const router = createBrowserRouter([
  {
    errorElement: <RootError />,
    HydrateFallback: Loading,
    children: [
      page("/setup", () => import("./pages/auth/Setup")),
      page("/login", () => import("./pages/auth/Login")),
      { path: "/", element: <Home /> },
      page("/new-organization", () => import("./pages/auth/NewOrganization")),
      page("/ack/:token", () => import("./pages/ack/AckPage")),
      page("/unsubscribe/:token", () => import("./pages/mail/Unsubscribe")),
      {
        path: "/o/:slug",
        element: <OrgLayout />,
        // Who is signed in and the organization are asked for while the page's code loads.
        loader: ({ params }) => {
          void queryClient
            .prefetchQuery({ queryKey: ME_KEY, queryFn: loadMe })
            .then(
              () =>
                queryClient.getQueryData(ME_KEY) &&
                queryClient.prefetchQuery(orgInfoQuery(params.slug ?? "")),
            );
          return null;
        },
        children: [
          {
            ...page(undefined, () => import("./pages/Dashboard")),
            loader: ({ params }) => {
              void whenSignedIn(async () => {
                const { prefetchDashboard } = await import("./pages/dashboard/queries");
                prefetchDashboard(queryClient, params.slug ?? "");
              });
              return null;
            },
          },
          page("start", () => import("./pages/Start")),
          page("tasks", () => import("./pages/calendar/MyTasks")),
          page("calendar", () => import("./pages/calendar/CalendarPage")),
          page("controls", () => import("./pages/controls/ControlList")),
          page("controls/:controlId", () => import("./pages/controls/ControlPage")),
          page("walk", () => import("./pages/controls/Walkthrough")),
          page("clauses/:clauseId", () => import("./pages/controls/ClausePage")),
          page("soa", () => import("./pages/soa/SoaPage")),
          page("soa/versions", () => import("./pages/soa/SoaVersions")),
          page("coverage", () => import("./pages/frameworks/CoveragePage")),
          page("coverage/:framework", () => import("./pages/frameworks/CoveragePage")),
          {
            ...page("risks", () => import("./pages/risks/RiskRegister")),
            loader: ({ params, request }) => {
              void whenSignedIn(async () => {
                const { prefetchRegister } = await import("./pages/risks/queries");
                prefetchRegister(queryClient, params.slug ?? "", new URL(request.url).searchParams);
              });
              return null;
            },
          },
          page("risks/new", () => import("./pages/risks/RiskEditor")),
          page("risks/import", () => import("./pages/risks/RiskImport")),
          page("risks/:key", () => import("./pages/risks/RiskEditor")),
          page("treatment", () => import("./pages/risks/TreatmentPlan")),
          page("method", () => import("./pages/risks/Methodology")),
          page("suppliers", () => import("./pages/operations/SupplierList")),
          page("suppliers/:key", () => import("./pages/operations/SupplierPage")),
          page("incidents", () => import("./pages/operations/IncidentList")),
          page("incidents/:key", () => import("./pages/operations/IncidentPage")),
          page("requirements", () => import("./pages/operations/RequirementList")),
          page("evidence", () => import("./pages/evidence/EvidencePage")),
          page("assets", () => import("./pages/manage/Assets")),
          page("context", () => import("./pages/manage/Context")),
          page("documents", () => import("./pages/manage/Documents")),
          page("policies", () => import("./pages/policies/PolicyList")),
          page("policies/:key", () => import("./pages/policies/PolicyPage")),
          page("objectives", () => import("./pages/manage/Objectives")),
          page("audits", () => import("./pages/manage/Audits")),
          page("reviews", () => import("./pages/manage/Reviews")),
          page("nonconformities", () => import("./pages/manage/Nonconformities")),
          page("reports", () => import("./pages/reports/Reports")),
          page("audit-trail", () => import("./pages/manage/AuditTrail")),
          page("settings", () => import("./pages/manage/Settings")),
          { path: "*", element: <NotFound /> },
        ],
      },
      { path: "*", element: <NotFound /> },
    ],
  },
]);
