import type { Lead, LeadSla, PlaybookDoc } from '../api-types.ts';
import { currentClocks, warnBefore } from '../sla-view.ts';
import { SlaCountdown } from './SlaCountdown.tsx';

/** The clocks of the lead's current assignment, each live, with the attempts made on the attempts clock. */
export function ClockList({
  lead,
  sla,
  receivedAt,
  playbook,
}: {
  lead: Pick<Lead, 'assignedAt'>;
  sla: LeadSla;
  receivedAt: number;
  playbook: PlaybookDoc | undefined;
}) {
  const clocks = currentClocks(sla, lead);
  return (
    <div className="clock-list">
      {clocks.map((clock) => (
        <SlaCountdown
          key={clock.id}
          clock={clock}
          receivedAt={receivedAt}
          warnBeforeMinutes={warnBefore(playbook, clock.kind)}
          {...(clock.kind === 'attempts' ? { detail: `${sla.attempts.made}/${sla.attempts.needed}` } : {})}
        />
      ))}
    </div>
  );
}
