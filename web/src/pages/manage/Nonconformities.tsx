import { PageHeader } from "../../components/common";

export default function Nonconformities() {
  return <PageHeader title="Nonconformities" description="Not built yet." />;
}
