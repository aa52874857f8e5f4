import { PageHeader } from "../../components/common";

export default function Objectives() {
  return <PageHeader title="Objectives" description="Not built yet." />;
}
