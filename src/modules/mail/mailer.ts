/**
 * Outgoing e-mail (acknowledgement requests and reminders), through the SMTP server named by
 * ISMS_SMTP_URL. Without one, nothing is sent and the people who publish are told so: they can
 * pass each person's one-time link on themselves.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** A mailer for an SMTP URL such as smtp://user:pass@mail.example.com:587 or smtps://…:465. */
export async function smtpMailer(url: string, from: string): Promise<Mailer> {
  const { createTransport } = await import("nodemailer");
  const transport = createTransport(url);
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ from, to, subject, text });
    },
  };
}
