/**
 * The organization's ISMS calendar: every dated obligation its records hold (reviews, actions,
 * expiries, audits, notification deadlines) as a list by month or as a month grid, filtered by kind
 * and owner, open ones only unless asked. The filters live in the URL, so a link keeps them.
 */
import { Stack } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { EmptyState, PageHeader, QueryView } from "../../components/common";
import { useCan, useSlug } from "../../session";
import { Section } from "../manage/shared";
import { CalendarFeed } from "./CalendarFeed";
import { CalendarFilters, type Update } from "./CalendarFilters";
import { CalendarList } from "./CalendarList";
import { applyFilters, ownerChoices, ownerQuery, readState } from "./filters";
import { MonthGrid } from "./MonthGrid";
import { calendarQuery, membersQuery } from "./queries";

export default function CalendarPage() {
  const slug = useSlug();
  const canManage = useCan("member:manage");
  const [params, setParams] = useSearchParams();
  const state = readState(params);
  const open = state.open ? ({ open: "true" } as const) : {};
  const owner = ownerQuery(state);
  // Everyone's obligations give the owner choices; the server picks a person's own (by any of their names).
  const everyone = useQuery({ ...calendarQuery(slug, open), placeholderData: keepPreviousData });
  const calendar = useQuery({
    ...calendarQuery(slug, owner ? { ...open, owner } : open),
    placeholderData: keepPreviousData,
  });
  const members = useQuery(membersQuery(slug));
  const owners = useMemo(
    () => ownerChoices(everyone.data?.items ?? [], members.data ?? []),
    [everyone.data, members.data],
  );

  /** Sets (or, with undefined, removes) URL parameters. */
  const update: Update = (changes) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined || value === "") next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Calendar"
        description="Every dated obligation of the ISMS: risk, control, evidence, document, supplier and requirement reviews, treatment and corrective actions, certificate expiries, audits, the management review, objectives and incident notification deadlines."
      />
      <Section title="Obligations" testId="calendar">
        <Stack gap="md">
          <CalendarFilters state={state} owners={owners} update={update} />
          <QueryView query={calendar}>
            {(data) => {
              const shown = applyFilters(data.items, state);
              if (state.view === "month")
                return (
                  <MonthGrid
                    month={state.month}
                    items={shown}
                    slug={slug}
                    onMonth={(month) => update({ month })}
                  />
                );
              const filtered = !!state.kind || !!state.owner;
              return shown.length === 0 ? (
                <EmptyState title={filtered ? "Nothing matches" : "Nothing is scheduled"}>
                  {filtered
                    ? "No obligation of this kind or owner. Choose another kind or owner, or Everyone."
                    : "No record has a date yet. Review dates, action due dates, audits and the management review appear here once they are set."}
                </EmptyState>
              ) : (
                <CalendarList items={shown} slug={slug} />
              );
            }}
          </QueryView>
        </Stack>
      </Section>
      {canManage && (
        <CalendarFeed
          owner={{ kind: "org", slug }}
          description="The organization's whole calendar as a secret address to subscribe to in a calendar application (for example a shared ISMS calendar)."
        />
      )}
    </Stack>
  );
}
