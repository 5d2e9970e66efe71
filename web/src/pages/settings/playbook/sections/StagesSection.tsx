import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { DraftText } from '../fields.tsx';
import { LocalizedFields } from '../text-fields.tsx';
import { STAGES } from '../vocab.ts';

const m = defineMessages({
  'pt-BR': {
    name: 'Nome do playbook',
    description: 'Descrição',
    icp: 'Perfil de cliente ideal (ICP)',
    icpLabel: 'ICP',
    stages: 'Estágios do funil: o dicionário comum',
    stagesHint:
      'Os sete estágios são obrigatórios; as duas equipes leem estas definições no produto e no acordo.',
    label: 'Nome',
    definition: 'Definição',
  },
  en: {
    name: 'Playbook name',
    description: 'Description',
    icp: 'Ideal customer profile (ICP)',
    icpLabel: 'ICP',
    stages: 'Lifecycle stages: the common dictionary',
    stagesHint:
      'All seven stages are required; both teams read these definitions in the product and the agreement.',
    label: 'Name',
    definition: 'Definition',
  },
});

export function StagesSection() {
  const t = useMessages(m);
  return (
    <div className="stack">
      <div className="pair">
        <DraftText path={['name']} label={t.name} />
        <DraftText path={['description']} label={t.description} multiline optional />
      </div>
      <h3>{t.icp}</h3>
      <LocalizedFields path={['icp']} label={t.icpLabel} multiline />
      <h3>{t.stages}</h3>
      <p className="muted small">{t.stagesHint}</p>
      {STAGES.map((stage) => (
        <fieldset key={stage} className="item">
          <legend className="mono">{stage}</legend>
          <LocalizedFields path={['stages', stage, 'label']} label={t.label} />
          <LocalizedFields path={['stages', stage, 'definition']} label={t.definition} multiline />
        </fieldset>
      ))}
    </div>
  );
}
