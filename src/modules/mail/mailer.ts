/**
 * Outgoing e-mail (acknowledgement requests, reminders, digests), through the SMTP server named by
 * ISMS_SMTP_URL. Without one, nothing is sent and the people who would send are told so: they can
 * pass each person's one-time link on themselves.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The same content as HTML, for mail programs that show it. */
  html?: string | undefined;
  headers?: Record<string, string> | undefined;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** A mailer for an SMTP URL such as smtp://user:pass@mail.example.com:587 or smtps://…:465. */
export async function smtpMailer(url: string, from: string): Promise<Mailer> {
  const { createTransport } = await import("nodemailer");
  // Bounded waits: a scheduled message holds its claim while it is being sent.
  const transport = createTransport({
    url,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } as Parameters<typeof createTransport>[0]);
  return {
    async send({ to, subject, text, html, headers }) {
      await transport.sendMail({
        from,
        to,
        subject,
        text,
        ...(html && { html }),
        ...(headers && { headers }),
      });
    },
  };
}
