import { PageHeader } from "../../components/common";

export default function Audits() {
  return <PageHeader title="Audits" description="Not built yet." />;
}
