import { Link } from 'react-router';
import { defineMessages, useMessages } from '../app/i18n.tsx';
import { EmptyState } from '../ui/ui.tsx';

const m = defineMessages({
  'pt-BR': { title: 'Página não encontrada', back: 'Voltar ao início' },
  en: { title: 'Page not found', back: 'Back to the start' },
});

export function Component() {
  const t = useMessages(m);
  return (
    <EmptyState title={t.title}>
      <Link to="/">{t.back}</Link>
    </EmptyState>
  );
}
