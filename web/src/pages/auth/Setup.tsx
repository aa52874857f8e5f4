import { PageHeader } from "../../components/common";

export default function Setup() {
  return <PageHeader title="Setup" description="Not built yet." />;
}
