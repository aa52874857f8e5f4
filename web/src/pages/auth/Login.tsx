import { PageHeader } from "../../components/common";

export default function Login() {
  return <PageHeader title="Login" description="Not built yet." />;
}
