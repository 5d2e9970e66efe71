import { describe, expect, it } from 'vitest';
import { defaultPlaybook } from './default-playbook.ts';
import { validatePlaybook } from './parse-playbook.ts';
import type { Playbook } from './playbook-schema.ts';
import { escapeHtml } from './render-html.ts';
import { renderPlaybook } from './render-playbook.ts';

const PLAYBOOK = defaultPlaybook();
const VERSION = {
  number: 3,
  createdAt: Date.parse('2026-03-13T17:07:00Z'),
  createdBy: 'ana@acme.com.br',
  note: 'ICP v2',
};

function hostile(): Playbook {
  const result = validatePlaybook({
    ...PLAYBOOK,
    name: '<script>alert("x")</script> & Co',
    icp: { 'pt-BR': 'Empresas <b>grandes</b> | médias', en: 'Big *and* mid-size | companies' },
    rejectionReasons: [
      { code: 'no_fit', label: { 'pt-BR': 'Fora <do> perfil', en: 'No "fit"' }, to: 'nurture' },
    ],
    routing: {
      rules: [{ id: 'x', label: '<img src=x onerror=alert(1)>', assign: { team: 'a | <i>b</i>' } }],
    },
    cadence: { steps: [{ day: 0, channel: 'call', label: '*Ligar* <já>' }] },
  });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.problems));
  }
  return result.playbook;
}

describe('renderPlaybook as Markdown', () => {
  const pt = renderPlaybook(PLAYBOOK, { format: 'md', lang: 'pt-BR', version: VERSION });
  const en = renderPlaybook(PLAYBOOK, { format: 'md', lang: 'en', version: VERSION });

  it('has translated headings in each language', () => {
    for (const heading of [
      '# Acordo de Marketing e Vendas',
      '## Estágios do funil',
      '## Regra de MQL',
      '## Motivos de rejeição',
      '## Assinaturas',
    ]) {
      expect(pt).toContain(heading);
    }
    for (const heading of [
      '# Marketing and Sales agreement',
      '## Lifecycle stages',
      '## MQL rule',
      '## Rejection reasons',
      '## Signatures',
    ]) {
      expect(en).toContain(heading);
    }
    expect(en).not.toContain('Estágios do funil');
  });

  it('states the version, who made it and when, in the business time zone', () => {
    expect(pt).toContain('Versão 3, de 13 de março de 2026 às 14:07, por ana@acme.com.br.');
    expect(en).toContain('Version 3, of March 13, 2026 at 2:07 PM, by ana@acme.com.br.');
    expect(pt).toContain('Nota da versão: ICP v2');
  });

  it('writes the rules in words', () => {
    expect(pt).toContain('| Decisor ou influenciador | Cargo contém “diretor”, “diretora”');
    expect(pt).toContain('| +25 pontos |');
    expect(en).toContain('| Student or intern | Job title contains “estudante”');
    expect(en).toContain('| -30 points |');
    expect(pt).toContain('Funcionários da empresa entre 50 e 999');
    expect(en).toContain('Company employees at least 1,000');
    expect(en).toContain('Page view where property url contains “/pricing”, “/precos” or “/planos”');
    expect(en).toContain('| each time; up to 40 in total |');
    expect(pt).toContain('uma vez (a mais recente); não perde valor com o tempo');
  });

  it('states grades, decay, the MQL rule, the cool-off and where each rejection sends the lead', () => {
    expect(pt).toContain('- B: 45 pontos ou mais');
    expect(pt).toContain('- D: abaixo de 25 pontos');
    expect(pt).toContain('Os pontos de engajamento caem pela metade a cada 30 dias.');
    expect(en).toContain('Engagement points halve every 30 days.');
    expect(pt).toContain('- Bom perfil e engajado: nota B ou melhor e engajamento de 50 ou mais');
    expect(en).toContain('asked for contact (demo request or proposal request) and grade C or better');
    expect(pt).toContain('depois de 14 dias em nutrição');
    expect(pt).toContain('| no_budget | Sem orçamento | Nutrição |');
    expect(en).toContain('| competitor | Competitor | Disqualified |');
  });

  it('writes the SLA both ways: sales deadlines with their warnings, escalation and the marketing side', () => {
    expect(pt).toContain(
      [
        '## SLA: compromissos de Vendas e Marketing',
        '',
        'Os prazos de Vendas começam quando o lead é atribuído a um vendedor e contam só o tempo útil do calendário comercial (horário de trabalho, sem fins de semana nem feriados).',
        '',
        '### Vendas',
        '',
        '- Primeiro contato em até 60 minutos úteis da atribuição, por qualquer canal; o responsável é avisado 15 minutos úteis antes do prazo.',
        '- 3 tentativas por ligação, WhatsApp ou e-mail em até 2 dias úteis da atribuição; o responsável é avisado 2 horas úteis antes do prazo.',
      ].join('\n'),
    );
    expect(pt).toContain('- O lead não é repassado automaticamente a outro vendedor.');
    expect(pt).toContain('### Marketing\n\n- MQLs por mês: não definido.');
    expect(en).toContain('- First touch within 60 business minutes of assignment, on any channel;');
    expect(en).toContain(
      '- A decision (accept as SQL, or reject with one of the rejection reasons) within 3 business days',
    );
    expect(en).toContain(
      "- When a deadline is missed, the owner and the managers of the owner's team are notified.",
    );
  });

  it('writes routing, cadence, the business calendar and money in words, after the rejection reasons', () => {
    const order = [
      '## Motivos de rejeição',
      '## Roteamento',
      '## SLA',
      '## Cadência',
      '## Calendário comercial',
      '## Premissas financeiras',
      '## Assinaturas',
    ];
    const at = order.map((heading) => pt.indexOf(heading));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(pt).toContain(
      '| 1 | Reserva | nenhuma regra acima atribuiu o lead | a fila “unassigned”, à espera de alguém assumir |',
    );
    expect(en).toContain('Within a team, leads are shared by weighted round robin');
    expect(pt).toContain(
      '| Dia útil | Canal |\n| --- | --- |\n| 0 | Ligação |\n| 0 | WhatsApp |\n| 1 | E-mail |',
    );
    expect(pt).toContain('| Segunda-feira | 08:00–18:00 |');
    expect(en).toContain('| Sunday | Closed |');
    expect(pt).toContain('- Sem expediente: feriados nacionais e bancários (Carnaval, Corpus Christi).');
    expect(en).toContain('- Closed on national and bank holidays (Carnival, Corpus Christi).');
    expect(pt).toContain('- Margem bruta: 70%.');
    expect(en).toContain('- Expected customer lifetime: 24 months.');
    expect(pt).not.toContain('A definir.');
  });

  it('ends with a signature block for Marketing and Sales', () => {
    expect(pt).toContain('|  | Marketing | Vendas |');
    expect(en).toContain('| Signature |   |   |');
  });

  it('escapes what people typed, so it cannot break a table or inject HTML', () => {
    const md = renderPlaybook(hostile(), { format: 'md', lang: 'en' });
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> & Co');
    expect(md).toContain('Big \\*and\\* mid-size \\| companies');
    expect(md).toContain(
      '| 1 | \\<img src=x onerror=alert(1)\\> | any lead | team “a \\| \\<i\\>b\\</i\\>” |',
    );
    expect(md).toContain('| 0 | Call | \\*Ligar\\* \\<já\\> |');
    expect(md).not.toContain('<script>');
  });
});

describe('renderPlaybook as HTML', () => {
  it('is a complete standalone page in the requested language', () => {
    const html = renderPlaybook(PLAYBOOK, { format: 'html', lang: 'en' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).toContain('<h2>Lifecycle stages</h2>');
    expect(html).toContain('<h2>SLA: Sales and Marketing commitments</h2>\n<p>');
    expect(html).toContain('<h3>Sales</h3>\n<ul>\n<li>First touch within 60 business minutes of assignment');
    expect(html).toContain('<tr><td>Monday</td><td>08:00–18:00</td></tr>');
    expect(html).toContain('<section class="signatures">');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(renderPlaybook(PLAYBOOK, { format: 'html', lang: 'pt-BR' })).toContain(
      '<h2>Estágios do funil</h2>',
    );
  });

  it('escapes every text', () => {
    const html = renderPlaybook(hostile(), { format: 'html', lang: 'pt-BR' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain(
      '<title>Acordo de Marketing e Vendas: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co</title>',
    );
    expect(html).toContain('Empresas &lt;b&gt;grandes&lt;/b&gt; | médias');
    expect(html).toContain('<td>Fora &lt;do&gt; perfil</td>');
    expect(html).not.toContain('<img');
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(html).toContain('<td>o time “a | &lt;i&gt;b&lt;/i&gt;”</td>');
    expect(html).toContain('<td>*Ligar* &lt;já&gt;</td>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in HTML', () => {
    expect(escapeHtml(`<a href='x'>"R&D"</a>`)).toBe(
      '&lt;a href=&#39;x&#39;&gt;&quot;R&amp;D&quot;&lt;/a&gt;',
    );
  });
});
