import { PageHeader } from '../../ui/ui.tsx';

/** Placeholder: replaced by the Leads page. */
export function Component() {
  return <PageHeader title="Leads" />;
}
