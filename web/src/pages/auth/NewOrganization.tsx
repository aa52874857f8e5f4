import { PageHeader } from "../../components/common";

export default function NewOrganization() {
  return <PageHeader title="NewOrganization" description="Not built yet." />;
}
