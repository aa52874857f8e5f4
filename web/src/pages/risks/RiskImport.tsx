import { PageHeader } from "../../components/common";

export default function RiskImport() {
  return <PageHeader title="RiskImport" description="Not built yet." />;
}
