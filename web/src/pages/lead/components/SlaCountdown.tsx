import type { Formatters } from '../../../app/format.ts';
import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Badge } from '../../../ui/ui.tsx';
import type { SlaClock } from '../api-types.ts';
import { useTicker } from '../hooks/useTicker.ts';
import { leadWords } from '../labels.ts';
import { type ClockState, liveClock } from '../sla-view.ts';

const m = defineMessages({
  'pt-BR': {
    states: {
      met: 'Cumprido',
      met_late: 'Cumprido com atraso',
      breached: 'Estourado',
      warning: 'Vence logo',
      running: 'No prazo',
      stopped: 'Parado',
    },
    left: (time: string) => `faltam ${time}`,
    overdue: (time: string) => `atrasado ${time}`,
    paused: 'pausado fora do expediente',
    metAt: (when: string) => `em ${when}`,
    businessTime: 'tempo útil',
  },
  en: {
    states: {
      met: 'Met',
      met_late: 'Met late',
      breached: 'Breached',
      warning: 'Due soon',
      running: 'On track',
      stopped: 'Stopped',
    },
    left: (time: string) => `${time} left`,
    overdue: (time: string) => `overdue by ${time}`,
    paused: 'paused outside business hours',
    metAt: (when: string) => `at ${when}`,
    businessTime: 'business time',
  },
});

const TONES: Record<ClockState, 'success' | 'warning' | 'danger' | 'info' | 'neutral'> = {
  met: 'success',
  met_late: 'warning',
  breached: 'danger',
  warning: 'warning',
  running: 'info',
  stopped: 'neutral',
};

/** "42 min 07 s" under an hour (it ticks), "3 h 20 min" above. */
function countdownText(minutes: number, fmt: Formatters): string {
  const abs = Math.abs(minutes);
  if (abs >= 60) {
    return fmt.minutes(abs);
  }
  const seconds = Math.floor(abs * 60);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/**
 * One SLA clock, live: its name, its state in words and colour, and the business time
 * left, ticking down from when the server answered (`receivedAt`, a `performance.now()`).
 */
export function SlaCountdown({
  clock,
  receivedAt,
  warnBeforeMinutes,
  detail,
}: {
  clock: SlaClock;
  receivedAt: number;
  warnBeforeMinutes: number | null;
  /** Shown after the name, e.g. attempts "1/3". */
  detail?: string;
}) {
  const t = useMessages(m);
  const words = useMessages(leadWords);
  const fmt = useFormat();
  const now = useTicker();
  const live = liveClock(clock, now - receivedAt, warnBeforeMinutes);
  const time =
    live.minutesLeft === null
      ? clock.metAt
        ? t.metAt(fmt.dateTime(clock.metAt))
        : ''
      : live.minutesLeft > 0
        ? t.left(countdownText(live.minutesLeft, fmt))
        : t.overdue(countdownText(live.minutesLeft, fmt));
  return (
    <div className={`clock-line clock-${live.state}`} data-clock={clock.kind} data-state={live.state}>
      <span className="clock-name">
        {words.clocks[clock.kind]}
        {detail ? <span className="muted"> {detail}</span> : null}
      </span>
      <span className="clock-state">
        <Badge tone={TONES[live.state]}>{t.states[live.state]}</Badge>
        <span className="clock-time" role="timer" title={`${t.businessTime} · ${fmt.dateTime(clock.dueAt)}`}>
          {time}
          {live.isPaused && live.minutesLeft !== null ? (
            <span className="muted small clock-paused">{t.paused}</span>
          ) : null}
        </span>
      </span>
    </div>
  );
}
