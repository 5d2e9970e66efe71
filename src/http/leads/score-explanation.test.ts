import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/engines.ts';

describe.each(ENGINES)('the score explanation for people on %s', (engine) => {
  const t = useTestApp(engine, 'admin');

  it('labels every line in both languages, dates engagement lines, and says which MQL condition holds', async () => {
    const headers = t.auth;
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers,
      payload: {
        email: 'rui@fabrica.com.br',
        jobTitle: 'Diretor',
        company: { segment: 'indústria', state: 'MG' },
      },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      headers,
      payload: { events: [{ lead: { email: 'rui@fabrica.com.br' }, type: 'demo_request' }] },
    });
    const lead = (await t.app.inject({ url: '/api/v1/leads?email=rui@fabrica.com.br', headers })).json()
      .items[0];
    const score = (await t.app.inject({ url: `/api/v1/leads/${lead.id}/score`, headers })).json();
    const decisor = score.contributions.find((c: { rule: string }) => c.rule === 'decisor');
    expect(decisor.label).toEqual({
      'pt-BR': 'Decisor ou influenciador',
      en: 'Decision maker or influencer',
    });
    const demo = score.contributions.find((c: { rule: string }) => c.rule === 'pediu-demo');
    expect(demo.label.en).toBe('Requested a demo');
    expect(Date.parse(demo.occurredAt)).toBe(t.system.clock.now());
    expect(score.mqlRule.condition).toBe('mao-levantada');
    expect(score.mqlRule.conditions).toEqual([
      expect.objectContaining({ id: 'perfil-e-engajamento', passed: false }),
      expect.objectContaining({
        id: 'mao-levantada',
        passed: true,
        label: { 'pt-BR': 'Pediu contato (mão levantada)', en: 'Asked for contact (hand-raise)' },
      }),
    ]);
    expect(score.mqlRule.conditions[0].rule).toEqual({
      'pt-BR': 'nota B ou melhor e engajamento de 50 ou mais',
      en: expect.stringContaining('50'),
    });
  });
});
