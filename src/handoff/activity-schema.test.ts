import { describe, expect, it } from 'vitest';
import { activityInputSchema } from './activity-schema.ts';

describe('activityInputSchema', () => {
  it('parses a call with its time as epoch ms', () => {
    expect(
      activityInputSchema.parse({
        channel: 'call',
        outcome: 'no_answer',
        occurredAt: '2026-03-13T10:02:00-03:00',
        note: '  caixa postal  ',
      }),
    ).toEqual({
      channel: 'call',
      outcome: 'no_answer',
      occurredAt: Date.parse('2026-03-13T13:02:00Z'),
      note: 'caixa postal',
    });
  });

  it('refuses an outcome that does not fit the channel, naming the ones that do', () => {
    const result = activityInputSchema.safeParse({ channel: 'email', outcome: 'left_voicemail' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['outcome'],
        message:
          '"left_voicemail" is not an outcome for channel email; use one of message_sent, replied, meeting_booked, not_interested',
      }),
    ]);
  });

  it('refuses a local time without an offset and an unknown channel', () => {
    expect(
      activityInputSchema.safeParse({ channel: 'call', outcome: 'connected', occurredAt: '2026-03-13T10:02' })
        .success,
    ).toBe(false);
    expect(activityInputSchema.safeParse({ channel: 'sms', outcome: 'message_sent' }).success).toBe(false);
  });
});
