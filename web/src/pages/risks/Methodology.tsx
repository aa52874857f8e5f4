import { PageHeader } from "../../components/common";

export default function Methodology() {
  return <PageHeader title="Methodology" description="Not built yet." />;
}
