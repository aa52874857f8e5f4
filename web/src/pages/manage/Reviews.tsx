import { PageHeader } from "../../components/common";

export default function Reviews() {
  return <PageHeader title="Reviews" description="Not built yet." />;
}
