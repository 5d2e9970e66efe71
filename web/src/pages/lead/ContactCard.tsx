import type { ReactNode } from 'react';
import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Card } from '../../ui/ui.tsx';
import type { Lead } from './api-types.ts';

const m = defineMessages({
  'pt-BR': {
    who: 'Quem',
    company: 'Empresa',
    email: 'E-mail',
    phone: 'Telefone',
    jobTitle: 'Cargo',
    origin: 'Origem',
    campaign: 'Campanha',
    landing: 'Página de entrada',
    consent: 'Consentimento (LGPD)',
    consentGiven: (basis: string, when: string) => `${basis}, em ${when}`,
    created: 'Criado em',
    name: 'Nome',
    domain: 'Domínio',
    segment: 'Segmento',
    size: 'Porte',
    employees: 'Funcionários',
    place: 'Local',
    noCompany: 'Sem empresa identificada.',
  },
  en: {
    who: 'Who',
    company: 'Company',
    email: 'E-mail',
    phone: 'Phone',
    jobTitle: 'Job title',
    origin: 'Source',
    campaign: 'Campaign',
    landing: 'Landing page',
    consent: 'Consent (LGPD)',
    consentGiven: (basis: string, when: string) => `${basis}, on ${when}`,
    created: 'Created',
    name: 'Name',
    domain: 'Domain',
    segment: 'Segment',
    size: 'Size',
    employees: 'Employees',
    place: 'Location',
    noCompany: 'No company identified.',
  },
});

/** Label/value pairs, leaving out the values nobody filled in. */
function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="facts">
      {shown.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Who the lead is and which company, with where they came from. */
export function ContactCard({ lead }: { lead: Lead }) {
  const t = useMessages(m);
  const fmt = useFormat();
  const company = lead.company;
  const touch = lead.firstTouch;
  return (
    <Card title={t.who}>
      <Facts
        rows={[
          [
            t.email,
            lead.email ? (
              <a key="email" href={`mailto:${lead.email}`}>
                {lead.email}
              </a>
            ) : null,
          ],
          [
            t.phone,
            lead.phone ? (
              <a key="phone" href={`tel:${lead.phoneE164 ?? lead.phone}`}>
                {lead.phone}
              </a>
            ) : null,
          ],
          [t.jobTitle, lead.jobTitle],
          [t.origin, [touch?.channel, touch?.medium].filter(Boolean).join(' / ')],
          [t.campaign, touch?.campaign],
          [t.landing, touch?.landingPage],
          [
            t.consent,
            lead.consent ? t.consentGiven(lead.consent.basis, fmt.date(lead.consent.givenAt)) : null,
          ],
          [t.created, fmt.dateTime(lead.createdAt)],
        ]}
      />
      <h3 style={{ margin: '1rem 0 0.5rem' }}>{t.company}</h3>
      {company || lead.companyName ? (
        <Facts
          rows={[
            [t.name, company?.name ?? lead.companyName],
            [t.domain, company?.domain],
            [t.segment, company?.segment],
            [t.size, company?.size],
            [
              t.employees,
              company?.employees === null || company?.employees === undefined
                ? null
                : fmt.number(company.employees),
            ],
            [t.place, [company?.state, company?.region, company?.country].filter(Boolean).join(', ')],
          ]}
        />
      ) : (
        <p className="muted">{t.noCompany}</p>
      )}
    </Card>
  );
}
