import { PageHeader } from "../../components/common";

export default function Assets() {
  return <PageHeader title="Assets" description="Not built yet." />;
}
