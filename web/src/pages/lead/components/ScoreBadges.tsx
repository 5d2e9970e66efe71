import { useFormat } from '../../../app/format.ts';
import { useMessages } from '../../../app/i18n.tsx';
import { Badge } from '../../../ui/ui.tsx';
import type { Grade, Lead, PlaybookDoc, Stage } from '../api-types.ts';
import { leadWords, localize } from '../labels.ts';

const GRADE_TONES: Record<Grade, 'success' | 'info' | 'warning' | 'neutral'> = {
  A: 'success',
  B: 'info',
  C: 'warning',
  D: 'neutral',
};

/** The fit grade (letter and word, never colour alone) and, optionally, the points. */
export function GradeBadge({ score, showPoints = false }: { score: Lead['score']; showPoints?: boolean }) {
  const words = useMessages(leadWords);
  const fmt = useFormat();
  if (!score) {
    return <Badge>{words.noScore}</Badge>;
  }
  return (
    <span className="row" style={{ gap: '0.35rem' }}>
      <Badge tone={GRADE_TONES[score.grade]} title={words.fitGrade}>
        {words.grade(score.grade)}
      </Badge>
      {showPoints ? (
        <span className="small muted">
          {words.fit} {fmt.number(score.fit, 1)} · {words.engagement} {fmt.number(score.engagement, 1)}
        </span>
      ) : null}
    </span>
  );
}

const STAGE_TONES: Record<Stage, 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'brand'> = {
  lead: 'neutral',
  mql: 'brand',
  sql: 'info',
  opportunity: 'info',
  customer: 'success',
  nurture: 'warning',
  disqualified: 'danger',
};

/** A stage in the common dictionary's words; its written definition on hover. */
export function StageBadge({ stage, playbook }: { stage: Stage; playbook?: PlaybookDoc | undefined }) {
  const words = useMessages(leadWords);
  const fmt = useFormat();
  const definition = localize(playbook?.playbook.stages[stage]?.definition, fmt.lang);
  return (
    <Badge tone={STAGE_TONES[stage]} {...(definition ? { title: definition } : {})}>
      {words.stages[stage]}
    </Badge>
  );
}
