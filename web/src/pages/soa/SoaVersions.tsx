import { PageHeader } from "../../components/common";

export default function SoaVersions() {
  return <PageHeader title="SoaVersions" description="Not built yet." />;
}
