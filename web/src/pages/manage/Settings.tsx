import { PageHeader } from "../../components/common";

export default function Settings() {
  return <PageHeader title="Settings" description="Not built yet." />;
}
