/** Acknowledgement requests by e-mail: each person's one-time link, sent and logged. */
import type { Mailer } from "../mail/mailer.js";
import { sendLogged } from "../notify/outbox.js";
import type { OrgScope } from "../scope.js";

/** How links reach people: the mailer (if any) and the address people open the app at. */
export interface Delivery {
  mailer?: Mailer | undefined;
  publicUrl: string;
}

export const ackLink = (publicUrl: string, token: string) => `${publicUrl.replace(/\/+$/, "")}/ack/${token}`;

export interface Person {
  name: string;
  email: string | null;
  userId: string | null;
}

/** E-mails each person with an address their link; the number sent. */
export async function sendRequests(
  scope: OrgScope,
  delivery: Delivery,
  links: readonly { person: Person; token: string }[],
  about: { title: string; organization: string; number: number; effectiveFrom: string },
): Promise<number> {
  if (!delivery.mailer) return 0;
  let sent = 0;
  for (const { person, token } of links) {
    if (!person.email) continue;
    const outcome = await sendLogged(
      scope.db,
      delivery.mailer,
      {
        to: person.email,
        subject: `Please read and acknowledge: ${about.title} (version ${about.number})`,
        text: [
          `Hello ${person.name},`,
          "",
          `${about.organization} has published version ${about.number} of "${about.title}", in force from ${about.effectiveFrom}.`,
          "Please read it and confirm that you have read it and will follow it:",
          "",
          ackLink(delivery.publicUrl, token),
          "",
          "The link works once and needs no account.",
        ].join("\n"),
      },
      { orgId: scope.orgId, userId: null, kind: "acknowledgement" },
    );
    if (outcome !== "sent") continue;
    sent++;
  }
  return sent;
}
