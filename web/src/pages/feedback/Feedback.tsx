import { defineMessages, useI18n, useMessages } from '../../app/i18n.tsx';
import { Button, Card, ErrorState, Loading, PageHeader } from '../../ui/ui.tsx';
import { PeriodPicker, usePeriodText } from '../dashboard/PeriodPicker.tsx';
import { usePeriod } from '../dashboard/usePeriod.ts';
import { useGlossary } from '../dashboard/useReports.ts';
import { AcceptanceByChannel } from './AcceptanceByChannel.tsx';
import { ConversionTable } from './ConversionTable.tsx';
import { Objections } from './Objections.tsx';
import { ReasonsBySource } from './ReasonsBySource.tsx';
import { useFeedback } from './useFeedback.ts';
import '../dashboard/dashboard.css';

const m = defineMessages({
  'pt-BR': {
    title: 'Feedback de vendas ao marketing',
    print: 'Imprimir',
    reasons: 'Motivos de rejeição por canal e campanha',
    acceptance: 'Taxa de aceite por canal',
    grade: 'Conversão por nota de fit',
    band: 'Conversão por faixa de pontos de fit',
    objections: 'Objeções mais frequentes',
  },
  en: {
    title: 'Sales feedback to marketing',
    print: 'Print',
    reasons: 'Rejection reasons by channel and campaign',
    acceptance: 'Acceptance rate by channel',
    grade: 'Conversion by fit grade',
    band: 'Conversion by fit score band',
    objections: 'Most frequent objections',
  },
});

/**
 * Why sales rejects marketing's leads and what it hears, for a period: rejection reasons by
 * source, acceptance by channel, conversion by fit, objections. Prints as a clean page.
 */
export function Component() {
  const t = useMessages(m);
  const { lang } = useI18n();
  const period = usePeriod();
  const periodText = usePeriodText();
  const report = useFeedback(period);
  const rule = useGlossary().data?.reports[0]?.text[lang].replaceAll('`', '');

  return (
    <div className="report-page">
      <PageHeader
        title={t.title}
        subtitle={periodText}
        actions={
          <>
            <PeriodPicker />
            <Button className="no-print" onClick={() => window.print()}>
              {t.print}
            </Button>
          </>
        }
      />
      {rule ? <p className="muted small">{rule}</p> : null}
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <div className="stack feedback">
          <Card title={t.reasons} className="report-section">
            <ReasonsBySource report={report.data} />
          </Card>
          <div className="grid grid-2">
            <Card title={t.acceptance} className="report-section">
              <AcceptanceByChannel rows={report.data.acceptanceByChannel} />
            </Card>
            <Card title={t.objections} className="report-section">
              <Objections rows={report.data.objections} />
            </Card>
          </div>
          <div className="grid grid-2">
            <Card title={t.grade} className="report-section">
              <ConversionTable kind="grade" rows={report.data.conversionByGrade} />
            </Card>
            <Card title={t.band} className="report-section">
              <ConversionTable kind="band" rows={report.data.conversionByFitBand} />
            </Card>
          </div>
        </div>
      )}
    </div>
  );
}
