import { PageHeader } from "../../components/common";

export default function Context() {
  return <PageHeader title="Context" description="Not built yet." />;
}
