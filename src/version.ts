/** The product version, shown by the CLI and the MCP server. */
export const VERSION = "0.1.0";
