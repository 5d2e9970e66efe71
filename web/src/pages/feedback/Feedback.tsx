import { PageHeader } from '../../ui/ui.tsx';

/** Placeholder: replaced by the Feedback page. */
export function Component() {
  return <PageHeader title="Feedback" />;
}
