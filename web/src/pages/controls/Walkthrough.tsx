import { PageHeader } from "../../components/common";

export default function Walkthrough() {
  return <PageHeader title="Walkthrough" description="Not built yet." />;
}
