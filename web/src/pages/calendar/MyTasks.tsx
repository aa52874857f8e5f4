/**
 * My tasks: the signed-in person's open obligations in every organization they belong to (the
 * reviews, actions and deadlines whose owner is their name, e-mail, job title or ISMS role), grouped by when
 * they fall due, and the secret calendar address that puts them in a calendar application.
 */
import { Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { DUE_WITHIN_DAYS } from "../../../../src/domain/calendar";
import { EmptyState, PageHeader, QueryView } from "../../components/common";
import { useSlug } from "../../session";
import { Section } from "../manage/shared";
import { CalendarFeed } from "./CalendarFeed";
import { DigestSettings } from "./DigestSettings";
import { type MyTask, myTasksQuery } from "./queries";
import { TaskGroup } from "./TaskTable";

const GROUPS = [
  {
    state: "overdue",
    title: "Overdue",
    description: "Past their date: do these first, or agree a new date and record it.",
  },
  {
    state: "due",
    title: `Due within ${DUE_WITHIN_DAYS} days`,
    description: "Falling due in the next two weeks.",
  },
  { state: "upcoming", title: "Upcoming", description: "Later on; nothing to do yet." },
] as const;

function Tasks({ tasks, slug }: { tasks: MyTask[]; slug: string }) {
  const open = tasks.filter((t) => t.state !== "done");
  if (open.length === 0)
    return (
      <Section title="Your tasks">
        <EmptyState title="Nothing is waiting for you">
          No review, action or deadline names you as its owner. When a record gives your name, e-mail address,
          job title or an ISMS role you hold as the owner, its dates show here.
        </EmptyState>
      </Section>
    );
  return (
    <>
      {GROUPS.map((g) => {
        const shown = open.filter((t) => t.state === g.state);
        return shown.length === 0 ? null : (
          <TaskGroup
            key={g.state}
            title={g.title}
            description={g.description}
            tasks={shown}
            currentSlug={slug}
            testId={`tasks-${g.state}`}
          />
        );
      })}
    </>
  );
}

export default function MyTasks() {
  const slug = useSlug();
  const tasks = useQuery(myTasksQuery());
  return (
    <Stack gap="lg">
      <PageHeader
        title="My tasks"
        description="The reviews, actions and deadlines that name you (by name, e-mail address, job title or an ISMS role you hold) as owner, in every organization you belong to, earliest first."
      />
      <QueryView query={tasks}>{(list) => <Tasks tasks={list} slug={slug} />}</QueryView>
      <CalendarFeed
        owner={{ kind: "me" }}
        description="Subscribe to your open tasks in Outlook, Google Calendar or Apple Calendar: they update by themselves as the records change."
      />
      <DigestSettings slug={slug} />
    </Stack>
  );
}
