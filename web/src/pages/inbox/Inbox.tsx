import { PageHeader } from '../../ui/ui.tsx';

/** Placeholder: replaced by the Inbox page. */
export function Component() {
  return <PageHeader title="Inbox" />;
}
