import { Card } from '../../ui/ui.tsx';
import { KpiFigure } from '../dashboard/KpiFigure.tsx';
import type { KpiName, WeeklyReview } from '../dashboard/types.ts';
import { useGlossaryTerms } from '../dashboard/useGlossaryTerms.ts';

const VOLUMES: readonly KpiName[] = [
  'leads',
  'mqls',
  'mqlCommitment',
  'mqlCommitmentAttainment',
  'sqls',
  'mqlToSqlRate',
  'customers',
  'revenue',
];

/** The week's volumes, MQLs against the commitment prorated to the week. */
export function VolumesSection({ review, title }: { review: WeeklyReview; title: string }) {
  const terms = useGlossaryTerms();
  return (
    <Card title={title} className="report-section">
      <div className="grid grid-4 kpi-grid">
        {VOLUMES.map((name) => (
          <KpiFigure
            key={name}
            name={name}
            value={review.totals[name]}
            drill={
              name === 'leads' || name === 'mqls' || name === 'sqls' || name === 'customers'
                ? { metric: name, title: `${terms.label(name)} · ${review.week}` }
                : undefined
            }
          />
        ))}
      </div>
    </Card>
  );
}
