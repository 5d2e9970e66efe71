import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Badge, Card, ErrorState, Loading } from '../../ui/ui.tsx';
import type { PlaybookDoc, ScoreExplanation } from './api-types.ts';
import { GradeBadge } from './components/ScoreBadges.tsx';
import { useScore } from './hooks/useLeadData.ts';
import { leadWords, localize } from './labels.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Score explicado',
    grades: (a: string, b: string, c: string) => `Notas: A a partir de ${a}, B de ${b}, C de ${c}, D abaixo.`,
    mql: 'Regra de MQL',
    isMql: (condition: string) => `Cumpre a regra de MQL: ${condition}.`,
    notMql: 'Não cumpre a regra de MQL agora.',
    holds: 'Vale',
    fails: 'Não vale',
    rules: 'Regras que contaram',
    rule: 'Regra',
    kind: 'Tipo',
    points: 'Pontos',
    worth: 'Valem hoje',
    detail: 'Detalhe',
    kinds: { fit: 'Fit', engagement: 'Engajamento', cap: 'Teto' },
    totalCap: 'Teto do engajamento total',
    capOf: (rule: string) => `Teto: ${rule}`,
    decayed: 'perdeu valor com o tempo',
    none: 'Nenhuma regra contou ainda.',
    technical: 'Detalhe técnico',
  },
  en: {
    title: 'Score, explained',
    grades: (a: string, b: string, c: string) => `Grades: A from ${a}, B from ${b}, C from ${c}, D below.`,
    mql: 'MQL rule',
    isMql: (condition: string) => `Meets the MQL rule: ${condition}.`,
    notMql: 'Does not meet the MQL rule now.',
    holds: 'Holds',
    fails: 'Does not hold',
    rules: 'Rules that counted',
    rule: 'Rule',
    kind: 'Kind',
    points: 'Points',
    worth: 'Worth today',
    detail: 'Detail',
    kinds: { fit: 'Fit', engagement: 'Engagement', cap: 'Cap' },
    totalCap: 'Total engagement cap',
    capOf: (rule: string) => `Cap: ${rule}`,
    decayed: 'lost value with time',
    none: 'No rule has counted yet.',
    technical: 'Technical detail',
  },
});

type Line = ScoreExplanation['contributions'][number];

/** Fit grade and points, engagement, the MQL rule in words, and every rule that counted with its decay. */
export function ScoreCard({ leadId, playbook }: { leadId: string; playbook: PlaybookDoc | undefined }) {
  const t = useMessages(m);
  const words = useMessages(leadWords);
  const fmt = useFormat();
  const score = useScore(leadId);
  if (score.isPending) {
    return <Card title={t.title}>{<Loading />}</Card>;
  }
  if (score.isError) {
    return <Card title={t.title}>{<ErrorState error={score.error} onRetry={() => score.refetch()} />}</Card>;
  }
  const s = score.data;
  const grades = playbook?.playbook.fit.grades;
  const name = (line: Line) => {
    const label = localize(line.label, fmt.lang) ?? line.rule;
    if (line.kind !== 'cap') {
      return label;
    }
    return line.rule === 'engagement.totalCap' ? t.totalCap : t.capOf(label);
  };
  const passed = s.mqlRule.conditions.find((c) => c.id === s.mqlRule.condition);
  return (
    <Card title={t.title}>
      <div className="score-head">
        <GradeBadge score={{ ...s, playbookVersion: s.playbookVersion, scoredAt: s.asOf }} />
        <span className="kpi">
          <span className="kpi-label">{words.fit}</span>
          <span className="kpi-value">{fmt.number(s.fit, 1)}</span>
        </span>
        <span className="kpi">
          <span className="kpi-label">{words.engagement}</span>
          <span className="kpi-value">{fmt.number(s.engagement, 1)}</span>
        </span>
      </div>
      {grades ? (
        <p className="small muted">
          {t.grades(fmt.number(grades.A), fmt.number(grades.B), fmt.number(grades.C))}
        </p>
      ) : null}
      <h3>{t.mql}</h3>
      <p>
        {s.mqlRule.passed
          ? t.isMql(localize(passed?.label, fmt.lang) ?? s.mqlRule.condition ?? '')
          : t.notMql}
      </p>
      <ul className="mql-conditions">
        {s.mqlRule.conditions.map((c) => (
          <li key={c.id} className="row">
            <Badge tone={c.passed ? 'success' : 'neutral'}>
              {c.passed ? `✓ ${t.holds}` : `✗ ${t.fails}`}
            </Badge>
            <span>
              {localize(c.label, fmt.lang) ? <strong>{localize(c.label, fmt.lang)}: </strong> : null}
              {c.rule[fmt.lang]}
            </span>
          </li>
        ))}
      </ul>
      <details className="small muted">
        <summary>{t.technical}</summary>
        <p className="mono">{s.mqlRule.why}</p>
      </details>
      <h3 style={{ marginTop: '1rem' }}>{t.rules}</h3>
      {s.contributions.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.rule}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col" className="num">
                  {t.points}
                </th>
                <th scope="col" className="num">
                  {t.worth}
                </th>
                <th scope="col">{t.detail}</th>
              </tr>
            </thead>
            <tbody>
              {s.contributions.map((line, i) => (
                <tr key={`${line.rule}-${line.eventId ?? i}`}>
                  <td>{name(line)}</td>
                  <td>{t.kinds[line.kind]}</td>
                  <td className="num">{fmt.number(line.points, 2)}</td>
                  <td className="num">{fmt.number(line.decayedPoints, 2)}</td>
                  <td className="small muted">
                    {line.kind === 'fit' ? <span className="mono">{line.note}</span> : null}
                    {line.occurredAt ? fmt.dateTime(line.occurredAt) : null}
                    {line.kind === 'engagement' && line.decayedPoints !== line.points
                      ? ` · ${t.decayed}`
                      : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
