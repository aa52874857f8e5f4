import { PageHeader } from "../../components/common";

export default function Documents() {
  return <PageHeader title="Documents" description="Not built yet." />;
}
