import { PageHeader } from "../../components/common";

export default function ControlPage() {
  return <PageHeader title="ControlPage" description="Not built yet." />;
}
