import { describe, expect, it } from 'vitest';
import { cadenceSchema, DEFAULT_CADENCE_STEPS } from './cadence-schema.ts';

describe('cadenceSchema', () => {
  it('defaults to call and WhatsApp on day 0, e-mail on day 1, call on day 3, WhatsApp and e-mail on day 5', () => {
    expect(cadenceSchema.parse({}).steps).toEqual([
      { day: 0, channel: 'call' },
      { day: 0, channel: 'whatsapp' },
      { day: 1, channel: 'email' },
      { day: 3, channel: 'call' },
      { day: 5, channel: 'whatsapp' },
      { day: 5, channel: 'email' },
    ]);
    expect(cadenceSchema.parse(undefined).steps).toHaveLength(6);
  });

  it('hands out a copy of the default, so one playbook cannot change another’s', () => {
    const steps = cadenceSchema.parse({}).steps;
    steps.pop();
    expect(DEFAULT_CADENCE_STEPS).toHaveLength(6);
  });

  it('orders steps by day, keeping same-day steps as written', () => {
    const cadence = cadenceSchema.parse({
      steps: [
        { day: 2, channel: 'email', label: 'Case study' },
        { day: 0, channel: 'whatsapp' },
        { day: 0, channel: 'call' },
      ],
    });
    expect(cadence.steps.map((step) => `${step.day}:${step.channel}`)).toEqual([
      '0:whatsapp',
      '0:call',
      '2:email',
    ]);
  });

  it('refuses meetings, negative days and an empty cadence', () => {
    expect(cadenceSchema.safeParse({ steps: [{ day: 0, channel: 'meeting' }] }).success).toBe(false);
    const negative = cadenceSchema.safeParse({ steps: [{ day: -1, channel: 'call' }] });
    expect(negative.error?.issues[0]?.message).toBe('must be 0 (the first day) or more');
    expect(cadenceSchema.safeParse({ steps: [] }).error?.issues[0]?.message).toBe(
      'must list at least one step',
    );
  });
});
