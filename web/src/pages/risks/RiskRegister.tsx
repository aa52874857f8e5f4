import { PageHeader } from "../../components/common";

export default function RiskRegister() {
  return <PageHeader title="RiskRegister" description="Not built yet." />;
}
