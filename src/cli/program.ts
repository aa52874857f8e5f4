/**
 * The `isms` command-line program. Command groups register themselves here; each imports its heavy
 * modules lazily inside its actions.
 */
import { Command } from "commander";
import { VERSION } from "../version.js";
import { registerAskCommands } from "./ask.command.js";
import { registerAssetCommands } from "./asset.command.js";
import { registerAuditCommands } from "./audit.command.js";
import { registerBackupCommands } from "./backup.command.js";
import { registerCalendarCommands } from "./calendar.command.js";
import { registerCatalogCommands } from "./catalog.command.js";
import { registerDbCommands } from "./db.command.js";
import { registerDemoCommands } from "./demo.command.js";
import { registerEvidenceCommands } from "./evidence.command.js";
import { registerExportCommands } from "./export.command.js";
import { registerFrameworkCommands } from "./framework.command.js";
import { registerManagementCommands } from "./management.command.js";
import { registerMcpCommands } from "./mcp.command.js";
import { registerNotifyCommands } from "./notify.command.js";
import { registerOperationsCommands } from "./operations.command.js";
import { registerOrgCommands } from "./org.command.js";
import { registerPolicyCommands } from "./policy.command.js";
import { registerRegisterCommands } from "./registers.command.js";
import { registerRiskCommands } from "./risk.command.js";
import { registerServeCommands } from "./serve.command.js";
import { registerSoaCommands } from "./soa.command.js";
import { registerUserCommands } from "./user.command.js";

/** Builds the program; tests drive it in-process with `parseAsync([...], { from: "user" })`. */
export function createProgram(): Command {
  const program = new Command()
    .name("isms")
    .description("ISMS Copilot: an ISO/IEC 27001:2022 workbench with an ISO/IEC 27002:2022 copilot")
    .version(VERSION)
    // Program options count only before the command, so a command's own --version (isms export soa
    // --version 2) is that command's; test/medium/cli-options.test.ts checks every command.
    .enablePositionalOptions()
    .showHelpAfterError("(run with --help for usage)");
  registerServeCommands(program);
  registerUserCommands(program);
  registerCatalogCommands(program);
  registerAskCommands(program);
  registerMcpCommands(program);
  registerOrgCommands(program);
  registerDemoCommands(program);
  registerRiskCommands(program);
  registerAssetCommands(program);
  registerPolicyCommands(program);
  registerOperationsCommands(program);
  registerCalendarCommands(program);
  registerNotifyCommands(program);
  registerFrameworkCommands(program);
  registerSoaCommands(program);
  registerEvidenceCommands(program);
  registerExportCommands(program);
  registerManagementCommands(program);
  registerRegisterCommands(program);
  registerAuditCommands(program);
  registerBackupCommands(program);
  registerDbCommands(program);
  return program;
}
