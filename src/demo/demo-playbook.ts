import { parseDocument } from 'yaml';
import { DEFAULT_PLAYBOOK_SOURCE } from '../playbook/default-playbook.ts';
import { DEMO_REPS, DEMO_TEAM } from './demo-team.ts';

/** Who wins the demo's large accounts: its heaviest rep. */
const KEY_ACCOUNT_REP = DEMO_REPS[0]?.email ?? '';

const ROUTING_RULES = `
- id: contas-grandes
  label: { pt-BR: Contas grandes (1000+ funcionários), en: Large accounts (1000+ employees) }
  when:
    - { field: company.employees, operator: range, min: 1000 }
  assign: { user: ${KEY_ACCOUNT_REP} }
- id: sul
  label: { pt-BR: Região Sul, en: South region }
  when:
    - { field: company.state, operator: in, values: [PR, SC, RS] }
  assign: { team: ${DEMO_TEAM}, matchRegion: true }
- id: norte-nordeste-centro-oeste
  label: { pt-BR: "Norte, Nordeste e Centro-Oeste", en: "North, Northeast and Center-West" }
  when:
    - { field: company.region, operator: in, values: [Norte, Nordeste, Centro-Oeste] }
  assign: { team: ${DEMO_TEAM}, matchRegion: true }
`;

/**
 * The demo's playbook: the shipped default (its comments kept) with what a team fills in
 * during its first week — routing to the inbound team (large accounts, South, North and
 * Northeast by region; everyone else by weighted round robin), marketing's monthly MQL
 * commitment and minimum acceptance, and São Paulo's state holidays.
 *
 * @example parsePlaybook(demoPlaybookSource({ mqlsPerMonth: 1200 })).ok // true
 */
export function demoPlaybookSource(options: { mqlsPerMonth: number }): string {
  const doc = parseDocument(DEFAULT_PLAYBOOK_SOURCE);
  doc.setIn(['routing', 'rules'], parseDocument(ROUTING_RULES).contents);
  doc.setIn(['routing', 'fallback'], parseDocument(`{ team: ${DEMO_TEAM} }`).contents);
  doc.setIn(['sla', 'marketing', 'mqlsPerMonth'], options.mqlsPerMonth);
  doc.setIn(['sla', 'marketing', 'minAcceptanceRate'], 0.6);
  doc.setIn(['calendar', 'holidays', 'state'], 'SP');
  doc.setIn(['calendar', 'extraHolidays'], parseDocument("['2027-01-25']").contents);
  return String(doc);
}

/** The note the demo's playbook version is applied with (shown in the playbook's history). */
export const demoPlaybookNote = (mqlsPerMonth: number): string =>
  `Demo workspace: routing to the ${DEMO_TEAM} team, ${mqlsPerMonth} MQLs/month committed by marketing, 60% minimum acceptance, São Paulo holidays`;
