import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_CHANNELS,
  ACTIVITY_OUTCOMES,
  CHANNEL_LABELS,
  isOutcomeAllowed,
  OUTCOME_LABELS,
  OUTCOMES_BY_CHANNEL,
} from './activity.ts';

describe('activity channels and outcomes', () => {
  it('labels every channel and outcome in pt-BR and English', () => {
    for (const channel of ACTIVITY_CHANNELS) {
      expect(CHANNEL_LABELS[channel]['pt-BR']).not.toBe('');
      expect(CHANNEL_LABELS[channel].en).not.toBe('');
    }
    for (const outcome of ACTIVITY_OUTCOMES) {
      expect(OUTCOME_LABELS[outcome]['pt-BR']).not.toBe('');
      expect(OUTCOME_LABELS[outcome].en).not.toBe('');
    }
  });

  it('gives every outcome at least one channel', () => {
    const used = new Set(Object.values(OUTCOMES_BY_CHANNEL).flat());
    expect([...ACTIVITY_OUTCOMES].filter((outcome) => !used.has(outcome))).toEqual([]);
  });

  it('accepts outcomes that fit the channel and refuses the others', () => {
    expect(isOutcomeAllowed('call', 'left_voicemail')).toBe(true);
    expect(isOutcomeAllowed('email', 'left_voicemail')).toBe(false);
    expect(isOutcomeAllowed('whatsapp', 'replied')).toBe(true);
    expect(isOutcomeAllowed('meeting', 'no_show')).toBe(true);
    expect(isOutcomeAllowed('call', 'no_show')).toBe(false);
  });
});
