import { PageHeader } from '../../ui/ui.tsx';

/** Placeholder: replaced by the Dashboard page. */
export function Component() {
  return <PageHeader title="Dashboard" />;
}
