import { PageHeader } from "../../components/common";

export default function TreatmentPlan() {
  return <PageHeader title="TreatmentPlan" description="Not built yet." />;
}
