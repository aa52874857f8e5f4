/**
 * A small local stand-in for an OpenAI-compatible chat endpoint (a hosted model cannot run here):
 * it records each request and answers with a scripted reply, as JSON or as a server-sent event
 * stream, after an optional delay or with an error status.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface StubReply {
  text?: string;
  status?: number;
  delayMs?: number;
}

export interface LlmStub {
  baseUrl: string;
  requests: { messages: { role: string; content: string }[]; stream?: boolean }[];
  reply: StubReply;
  close(): Promise<void>;
}

export async function startLlmStub(): Promise<LlmStub> {
  const stub: LlmStub = { baseUrl: "", requests: [], reply: { text: "ok" }, close: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    const request = JSON.parse(body || "{}");
    stub.requests.push(request);
    const { text = "", status = 200, delayMs = 0 } = stub.reply;
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    if (res.destroyed) return;
    if (status !== 200) {
      res.writeHead(status, { "content-type": "application/json" });
      return res.end(JSON.stringify({ error: { message: "stub failure" } }));
    }
    if (request.stream) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (const piece of text.match(/.{1,12}/gs) ?? []) {
        res.write(
          `data: ${JSON.stringify({ id: "1", object: "chat.completion.chunk", created: 0, model: "stub", choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`,
        );
      }
      res.write("data: [DONE]\n\n");
      return res.end();
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "1",
        object: "chat.completion",
        created: 0,
        model: "stub",
        choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  stub.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}
