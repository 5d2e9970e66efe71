import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { DraftSelect, DraftText } from '../fields.tsx';
import { ItemList } from '../ItemList.tsx';
import { LocalizedFields } from '../text-fields.tsx';
import { optionsOf, REJECTION_TARGETS } from '../vocab.ts';
import { vocab } from '../vocab-labels.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Motivos de rejeição',
    hint: 'Vendas só rejeita com um destes motivos; "vai para" diz para onde o lead segue.',
    add: 'Adicionar motivo',
    reason: (n: number, code: string) => `Motivo ${n}: ${code}`,
    code: 'Código (ex.: no_budget)',
    label: 'Texto',
    to: 'Vai para',
  },
  en: {
    title: 'Rejection reasons',
    hint: 'Sales rejects only with one of these reasons; "goes to" says where the lead moves.',
    add: 'Add a reason',
    reason: (n: number, code: string) => `Reason ${n}: ${code}`,
    code: 'Code (e.g. no_budget)',
    label: 'Text',
    to: 'Goes to',
  },
});

export function RejectionSection() {
  const t = useMessages(m);
  const v = useMessages(vocab);
  return (
    <div className="stack">
      <h3>{t.title}</h3>
      <p className="muted small">{t.hint}</p>
      <ItemList
        path={['rejectionReasons']}
        addLabel={t.add}
        newItem={() => ({
          code: 'novo_motivo',
          label: { 'pt-BR': 'Novo motivo', en: 'New reason' },
          to: 'nurture',
        })}
        titleOf={(reason, i) => t.reason(i + 1, String(reason.code ?? ''))}
      >
        {(i) => (
          <>
            <DraftText path={['rejectionReasons', i, 'code']} label={t.code} />
            <DraftSelect
              path={['rejectionReasons', i, 'to']}
              label={t.to}
              options={optionsOf(REJECTION_TARGETS, v.targets)}
            />
            <div className="span-all">
              <LocalizedFields path={['rejectionReasons', i, 'label']} label={t.label} />
            </div>
          </>
        )}
      </ItemList>
    </div>
  );
}
