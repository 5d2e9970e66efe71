import { PageHeader } from '../../ui/ui.tsx';

/** Placeholder: replaced by the Settings page. */
export function Component() {
  return <PageHeader title="Settings" />;
}
