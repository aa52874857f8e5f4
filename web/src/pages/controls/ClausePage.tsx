import { PageHeader } from "../../components/common";

export default function ClausePage() {
  return <PageHeader title="ClausePage" description="Not built yet." />;
}
