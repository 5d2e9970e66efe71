import { PageHeader } from '../../ui/ui.tsx';

/** Placeholder: replaced by the Lead page. */
export function Component() {
  return <PageHeader title="Lead" />;
}
