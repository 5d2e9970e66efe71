import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/events/event.ts';
import { ACTIVITY_CHANNELS } from '../../src/handoff/activity.ts';
import { CADENCE_CHANNELS } from '../../src/handoff/cadence-schema.ts';
import { STAGES } from '../../src/leads/lead.ts';
import { NOTIFICATION_EVENT_TYPES } from '../../src/notify/notification-event.ts';
import { OPERATORS } from '../../src/playbook/condition-schema.ts';
import { FIT_FIELDS, GRADES } from '../../src/playbook/fit-schema.ts';
import { REJECTION_TARGETS } from '../../src/playbook/playbook-schema.ts';
import { CSV_FIELDS as SERVER_CSV_FIELDS } from '../../src/revenue/imports/csv/column-map.ts';
import { IMPORT_FORMATS as SERVER_IMPORT_FORMATS } from '../../src/revenue/imports/plan-import.ts';
import { HOLIDAY_TYPES } from '../../src/sla/calendar-schema.ts';
import { WEEK_FROM_MONDAY } from '../../src/sla/local-date.ts';
import { CLOCK_KINDS } from '../../src/sla/sla-policy-schema.ts';
import { CSV_FIELDS, IMPORT_FORMATS } from '../../web/src/pages/settings/imports/import-vocab.ts';
import * as web from '../../web/src/pages/settings/playbook/vocab.ts';
import { WEBHOOK_EVENTS } from '../../web/src/pages/settings/webhooks/webhook-vocab.ts';

/** The web app keeps its own copies of these lists (no server code in the bundle); they must not drift. */
describe('the settings pages speak the server’s vocabulary', () => {
  it.each([
    ['stages', web.STAGES, STAGES],
    ['fit fields', web.FIT_FIELDS, FIT_FIELDS],
    ['operators', web.OPERATORS, OPERATORS],
    ['event types', web.EVENT_TYPES, EVENT_TYPES],
    ['grades', web.GRADES, GRADES],
    ['rejection targets', web.REJECTION_TARGETS, REJECTION_TARGETS],
    ['activity channels', web.ACTIVITY_CHANNELS, ACTIVITY_CHANNELS],
    ['cadence channels', web.CADENCE_CHANNELS, CADENCE_CHANNELS],
    ['clock kinds', web.CLOCK_KINDS, CLOCK_KINDS],
    ['holiday types', web.HOLIDAY_TYPES, HOLIDAY_TYPES],
    ['weekdays', web.WEEKDAYS, WEEK_FROM_MONDAY],
    ['webhook events', WEBHOOK_EVENTS, NOTIFICATION_EVENT_TYPES],
    ['import formats', IMPORT_FORMATS, SERVER_IMPORT_FORMATS],
  ])('%s', (_name, copy, original) => {
    expect([...copy]).toEqual([...original]);
  });

  it('csv fields', () => {
    expect(CSV_FIELDS).toEqual(SERVER_CSV_FIELDS);
  });
});
