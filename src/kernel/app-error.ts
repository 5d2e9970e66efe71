/**
 * The one error type of Bastão. `code` is a stable string that clients may switch on;
 * the HTTP layer maps each code to a status in one table (`http/error-handler.ts`).
 *
 * Expected outcomes ("no rep matched") are values, not errors: throw an AppError only
 * when the request cannot be carried out as asked.
 *
 * @example throw new AppError('lead_not_found', `No lead with id ${id}.`);
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const APP_ERROR_CODES = [
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'lead_not_found',
  'company_not_found',
  'user_not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;
