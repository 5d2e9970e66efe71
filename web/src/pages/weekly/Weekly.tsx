import { PageHeader } from '../../ui/ui.tsx';

/** Placeholder: replaced by the Weekly page. */
export function Component() {
  return <PageHeader title="Weekly" />;
}
