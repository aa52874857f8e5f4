import { PageHeader } from "../../components/common";

export default function SoaPage() {
  return <PageHeader title="SoaPage" description="Not built yet." />;
}
