/** What every document builder receives: the organization and the generation details. */
export interface DocumentContext {
  orgId: string;
  organization: string;
  scope: string | undefined;
}
