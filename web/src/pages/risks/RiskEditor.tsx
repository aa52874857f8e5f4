import { PageHeader } from "../../components/common";

export default function RiskEditor() {
  return <PageHeader title="RiskEditor" description="Not built yet." />;
}
