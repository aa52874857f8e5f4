import { PageHeader } from "../components/common";

export default function Start() {
  return <PageHeader title="Start" description="Not built yet." />;
}
