import { PageHeader } from "../../components/common";

export default function AuditTrail() {
  return <PageHeader title="AuditTrail" description="Not built yet." />;
}
