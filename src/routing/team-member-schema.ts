import { z } from 'zod';
import { instantSchema } from '../kernel/schema-helpers.ts';

const absenceSchema = z
  .strictObject({ from: instantSchema, to: instantSchema })
  .refine((absence) => absence.to > absence.from, { path: ['to'], message: 'must be after `from`' });

/**
 * A user's routing settings as an admin edits them (API, CLI): everything `TeamMember`
 * holds besides identity and the open-MQL count, which storage knows. Fields left out
 * keep their stored value, so this is the shape of a PATCH.
 *
 * @example teamMemberSettingsSchema.parse({ team: 'inside', regions: ['SP', 'RJ'], weight: 2, capacity: 40 })
 */
export const teamMemberSettingsSchema = z.strictObject({
  team: z.string().trim().min(1, 'must name a team').max(60).nullable().optional(),
  regions: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
  weight: z.number().min(0, 'must be 0 (no round robin) or more').max(100).optional(),
  capacity: z.number().int().min(0, 'must be 0 or more open MQLs').max(100_000).nullable().optional(),
  isActive: z.boolean().optional(),
  outOfOffice: z.array(absenceSchema).max(100).optional(),
  managerOf: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
});

export type TeamMemberSettings = z.output<typeof teamMemberSettingsSchema>;
