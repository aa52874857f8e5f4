/**
 * A person's digest for one organization: what is overdue, what falls due within two weeks, and how
 * much more is planned, each with a link to its record in the app; in plain text and in HTML, with
 * an unsubscribe link. Composed when it is sent, from the calendar as it stands.
 */
import { OBLIGATION_LABELS } from "../../domain/calendar.js";
import type { Digest } from "../../domain/notify.js";
import { type CalendarItem, organizationCalendar } from "../calendar/calendar.service.js";
import type { MailMessage } from "../mail/mailer.js";
import type { OrgScope } from "../scope.js";

export interface DigestPerson {
  name: string;
  email: string;
}

export interface DigestContext {
  slug: string;
  organization: string;
  publicUrl: string;
  /** The secret of the person's unsubscribe link. */
  unsubscribe: string;
  cadence: Exclude<Digest, "off">;
}

export interface ComposedDigest {
  message: MailMessage;
  overdue: number;
  due: number;
  upcoming: number;
}

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const when = (due: string) => (due.length > 10 ? `${due.slice(0, 16).replace("T", " ")} UTC` : due);

function lines(items: readonly CalendarItem[], person: DigestPerson, link: (i: CalendarItem) => string) {
  return items.map((i) => {
    const as = i.owner && i.owner !== person.name && i.owner !== person.email ? ` (as ${i.owner})` : "";
    return { i, text: `- ${when(i.due)}  ${i.title}${as} [${OBLIGATION_LABELS[i.kind]}]\n  ${link(i)}`, as };
  });
}

/** The digest of `person` in the organization of `scope`. */
export async function composeDigest(
  scope: OrgScope,
  person: DigestPerson,
  context: DigestContext,
): Promise<ComposedDigest> {
  const base = context.publicUrl.replace(/\/+$/, "");
  const app = `${base}/o/${context.slug}`;
  const link = (i: CalendarItem) => `${app}/${i.page}`;
  const items = await organizationCalendar(scope, { owner: person.email, open: true });
  const overdue = items.filter((i) => i.state === "overdue");
  const due = items.filter((i) => i.state === "due");
  const upcoming = items.length - overdue.length - due.length;
  const tasks = `${app}/tasks`;
  const unsubscribe = `${base}/unsubscribe/${context.unsubscribe}`;
  const oneClick = `${base}/api/v1/mail/unsubscribe/${context.unsubscribe}`;
  const cadence = context.cadence === "daily" ? "daily" : "weekly";
  const counts =
    overdue.length + due.length === 0
      ? "nothing due"
      : [overdue.length && `${overdue.length} overdue`, due.length && `${due.length} due soon`]
          .filter(Boolean)
          .join(", ");
  const subject = `Your ${cadence} ISMS digest for ${context.organization}: ${counts}`;
  const sections: [string, CalendarItem[]][] = [
    [`Overdue (${overdue.length})`, overdue],
    [`Due within 14 days (${due.length})`, due],
  ];
  const text = [
    `Hello ${person.name},`,
    "",
    overdue.length + due.length === 0
      ? `Nothing is overdue or due within 14 days for you in ${context.organization} on ${scope.today}.`
      : `Your ISMS obligations in ${context.organization} on ${scope.today}:`,
    ...sections
      .filter(([, list]) => list.length > 0)
      .flatMap(([title, list]) => ["", title, ...lines(list, person, link).map((l) => l.text)]),
    "",
    upcoming > 0
      ? `${upcoming} more ${upcoming === 1 ? "obligation is" : "obligations are"} planned later. All your tasks: ${tasks}`
      : `All your tasks: ${tasks}`,
    "",
    `You receive this ${cadence} digest because of your e-mail settings in ${context.organization}; change them under My tasks.`,
    `To stop these e-mails: ${unsubscribe}`,
  ].join("\n");
  const htmlList = (list: CalendarItem[]) =>
    `<ul>${lines(list, person, link)
      .map(
        ({ i, as }) =>
          `<li>${esc(when(i.due))} &middot; <a href="${esc(link(i))}">${esc(i.title)}</a>${esc(as)} <small>${esc(OBLIGATION_LABELS[i.kind])}</small></li>`,
      )
      .join("")}</ul>`;
  const html = [
    `<p>Hello ${esc(person.name)},</p>`,
    overdue.length + due.length === 0
      ? `<p>Nothing is overdue or due within 14 days for you in ${esc(context.organization)} on ${scope.today}.</p>`
      : `<p>Your ISMS obligations in ${esc(context.organization)} on ${scope.today}:</p>`,
    ...sections
      .filter(([, list]) => list.length > 0)
      .map(([title, list]) => `<h3>${esc(title)}</h3>${htmlList(list)}`),
    `<p>${upcoming > 0 ? `${upcoming} more planned later. ` : ""}<a href="${esc(tasks)}">All your tasks</a></p>`,
    `<p><small>You receive this ${cadence} digest because of your e-mail settings in ${esc(context.organization)}. <a href="${esc(unsubscribe)}">Stop these e-mails</a>.</small></p>`,
  ].join("\n");
  return {
    message: {
      to: person.email,
      subject,
      text,
      html,
      headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    },
    overdue: overdue.length,
    due: due.length,
    upcoming,
  };
}
