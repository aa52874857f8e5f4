/** `isms mcp`: the Model Context Protocol server over stdio, for AI agents. */
import type { Command } from "commander";

export function registerMcpCommands(program: Command): void {
  program
    .command("mcp")
    .description(
      "run the MCP server over stdio (tools: search, ask, show control, SoA, risks, readiness, proposals)",
    )
    .action(async () => {
      const { loadConfig } = await import("../config.js");
      const { openWorkspace } = await import("../modules/workspace.js");
      const { createMcpServer } = await import("../mcp/server.js");
      const { StdioServerTransport } = await import("@modelcontextprotocol/sdk/server/stdio.js");
      const ws = await openWorkspace(loadConfig());
      const server = createMcpServer(ws);
      const transport = new StdioServerTransport();
      transport.onclose = () => void ws.close();
      await server.connect(transport);
    });
}
