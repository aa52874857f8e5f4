/**
 * Opens the copilot panel from anywhere: with a question, or with a draft request whose text the
 * user reviews in the panel and then inserts into the field that asked for it.
 */
import { createContext, useContext } from "react";

export type DraftKind = "justification" | "notes" | "policy";

export interface DraftRequest {
  kind: DraftKind;
  controlId: string;
  /** The field the draft goes into, e.g. "Justification of 5.15". */
  label: string;
  /** Called with the reviewed text when the user inserts it. */
  onInsert: (text: string) => void;
}

export interface CopilotControls {
  opened: boolean;
  /** Opens the panel; with a question it is asked at once. */
  open: (options?: { question?: string; draft?: DraftRequest }) => void;
  close: () => void;
  toggle: () => void;
  /** The control the current page is about, so the panel can suggest questions on it. */
  setFocus: (controlId: string | null) => void;
}

export const CopilotContext = createContext<CopilotControls | null>(null);

export function useCopilot(): CopilotControls {
  const value = useContext(CopilotContext);
  if (!value) throw new Error("useCopilot() outside the organization layout");
  return value;
}
