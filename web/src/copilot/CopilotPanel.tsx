import type { DraftRequest } from "../copilot-context";

export default function CopilotPanel(_props: {
  request: { question?: string; draft?: DraftRequest; n: number };
  focus: string | null;
  onClose: () => void;
}) {
  return null;
}
