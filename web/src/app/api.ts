/**
 * The API client: same-origin requests with the session cookie, the CSRF token on every
 * write, JSON in and out, and one error type carrying the API's `{ error: { code, message,
 * details } }` so forms can show the server's message next to the right field.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** Field problems of a 400 (`details.problems`), by path, for forms. */
  get problems(): Array<{ path: string; message: string }> {
    const problems = (this.details as { problems?: unknown } | undefined)?.problems;
    return Array.isArray(problems) ? (problems as Array<{ path: string; message: string }>) : [];
  }
}

let csrfToken: string | null = null;
let onUnauthorized: () => void = () => {};

/** Set by the session when it loads; sent as `X-CSRF-Token` on writes. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** Called when the server says the session has ended (401). */
export const setUnauthorizedHandler = (handler: () => void): void => {
  onUnauthorized = handler;
};

export type Query = Record<string, string | number | boolean | null | undefined>;

export const withQuery = (path: string, query?: Query): string => {
  if (!query) {
    return path;
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; query?: Query; text?: boolean } = {},
): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = {
    accept: init.text ? 'text/plain, text/html' : 'application/json',
  };
  if (init.body !== undefined) {
    headers['content-type'] = typeof init.body === 'string' ? 'text/plain' : 'application/json';
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) {
    headers['x-csrf-token'] = csrfToken;
  }
  const response = await fetch(withQuery(path, init.query), {
    method,
    headers,
    credentials: 'same-origin',
    body:
      init.body === undefined
        ? undefined
        : typeof init.body === 'string'
          ? init.body
          : JSON.stringify(init.body),
  });
  if (response.status === 204) {
    return undefined as T;
  }
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const payload: unknown = isJson ? await response.json() : await response.text();
  if (!response.ok) {
    const error = (payload as { error?: { code?: string; message?: string; details?: unknown } })?.error;
    if (response.status === 401 && path !== '/api/v1/session') {
      onUnauthorized();
    }
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `${response.status} ${response.statusText}`,
      error?.details,
    );
  }
  return payload as T;
}
