/**
 * The calendar page's state in the URL (so a link keeps it): view, month, kind, owner and "open
 * only"; the owner choices built from the owners present; and the filtering itself.
 */
import { isMonth, monthOf, today } from "./dates";
import type { CalendarItem } from "./queries";

export interface CalendarState {
  view: "list" | "month";
  month: string;
  kind: string | null;
  owner: string | null;
  open: boolean;
}

/** The URL parameters as the page's state; everything missing has its default. */
export function readState(params: URLSearchParams): CalendarState {
  const month = params.get("month");
  return {
    view: params.get("view") === "month" ? "month" : "list",
    month: isMonth(month) ? month : monthOf(today()),
    kind: params.get("kind") || null,
    owner: params.get("owner") || null,
    open: params.get("open") !== "all",
  };
}

/** The value meaning "obligations without an owner". */
export const NO_OWNER = "-";

export interface OwnerChoice {
  value: string;
  label: string;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * One choice per person among the owners present: a member written as their name on one record
 * and their e-mail address on another is one choice, under their name (the server finds everything
 * owned under any of a member's names).
 */
export function ownerChoices(
  items: CalendarItem[],
  members: { name: string; email: string }[],
): OwnerChoice[] {
  const present = new Map<string, string>();
  let unowned = false;
  for (const i of items) {
    if (i.owner?.trim()) present.set(norm(i.owner), i.owner.trim());
    else unowned = true;
  }
  const choices: OwnerChoice[] = [];
  for (const m of members) {
    const names = [norm(m.name), norm(m.email)].filter((n) => present.has(n));
    if (names.length === 0) continue;
    choices.push({ value: m.name, label: m.name });
    for (const n of names) present.delete(n);
  }
  for (const text of present.values()) choices.push({ value: text, label: text });
  choices.sort((a, b) => a.label.localeCompare(b.label));
  if (unowned) choices.push({ value: NO_OWNER, label: "No owner named" });
  return choices;
}

/** The owner to ask the server for (it matches every name of a person), if any. */
export const ownerQuery = (state: CalendarState): string | undefined =>
  state.owner && state.owner !== NO_OWNER ? state.owner : undefined;

/** The items of the chosen kind, and those without an owner when that is asked. */
export function applyFilters(items: CalendarItem[], state: CalendarState): CalendarItem[] {
  return items.filter(
    (i) => (!state.kind || i.kind === state.kind) && (state.owner !== NO_OWNER || !i.owner?.trim()),
  );
}
