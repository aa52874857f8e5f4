import { PageHeader } from "../../components/common";

export default function EvidencePage() {
  return <PageHeader title="EvidencePage" description="Not built yet." />;
}
