import { PageHeader } from "../../components/common";

export default function ControlList() {
  return <PageHeader title="ControlList" description="Not built yet." />;
}
