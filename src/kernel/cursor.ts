import { AppError } from './app-error.ts';

/**
 * Opaque pagination cursor: the sort key of the last item returned.
 * Encoded as base64url JSON so that clients treat it as a token, not a contract.
 */
export interface Cursor {
  at: number;
  id: string;
}

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');

export function decodeCursor(token: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      Number.isSafeInteger(value[0]) &&
      typeof value[1] === 'string'
    ) {
      return { at: value[0] as number, id: value[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError(
    'invalid_request',
    'The cursor is not valid: pass back the `nextCursor` of a previous page.',
  );
}

/** A page of results, newest first. `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
