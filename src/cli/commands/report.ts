import type { Command } from 'commander';
import { reviewWeek } from '../../kpi/iso-week.ts';
import { renderWeeklyReview } from '../../kpi/render-weekly-review.ts';
import { loadWeeklyReview, weeklyReviewJson } from '../../kpi/weekly-review.ts';
import { LANGS, type Lang } from '../../playbook/localized-text.ts';
import { CliError, type CliIo, withSystem } from '../io.ts';

const FORMATS = ['md', 'html', 'json'] as const;

export function reportCommands(program: Command, io: CliIo): void {
  const report = program.command('report').description('reports for the smarketing ritual');
  report
    .command('weekly')
    .description(
      'the weekly review: volumes vs commitment, speed to lead, acceptance, conversion, deals, changes, breaches',
    )
    .option('--week <week>', 'an ISO week YYYY-Www (default: the last complete week)')
    .option('--format <format>', FORMATS.join('|'), 'md')
    .option('--lang <lang>', LANGS.join('|'), 'pt-BR')
    .action(async (options: { week?: string; format: string; lang: string }) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new CliError(`Unknown format "${options.format}": use ${FORMATS.join(', ')}.`);
      }
      if (!(LANGS as readonly string[]).includes(options.lang)) {
        throw new CliError(`Unknown language "${options.lang}": use ${LANGS.join(', ')}.`);
      }
      await withSystem(io, async (system) => {
        const now = system.clock.now();
        const timeZone = system.config.timeZone;
        const week = reviewWeek(options.week, now, timeZone);
        if (!week.ok) {
          throw new CliError(week.message.replace(/^week/, '--week'));
        }
        const playbook = (await system.playbook()).playbook;
        const review = await loadWeeklyReview(system.stores.kpis, {
          week: week.week,
          now,
          timeZone,
          playbook,
        });
        io.out(
          options.format === 'json'
            ? JSON.stringify(weeklyReviewJson(review), null, 2)
            : renderWeeklyReview(review, {
                format: options.format as 'md' | 'html',
                lang: options.lang as Lang,
              }).trimEnd(),
        );
      });
    });
}
