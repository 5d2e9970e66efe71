import type { SendDelivery } from './send-delivery.ts';

/** A receiver that has not answered by then is counted as a failed attempt. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** How much of an error response body the deliveries log keeps. */
const MAX_ERROR_BODY = 500;

/**
 * Sends webhook deliveries with `fetch`: a POST of the stored body and headers; any 2xx
 * is success. Redirects are not followed (a 3xx is a failure to fix in the URL), and the
 * start of an error response's body is kept for the deliveries log.
 *
 * @example const send = createWebhookSender(); await send(delivery) // { ok: true, statusCode: 204 }
 */
export function createWebhookSender(
  options: { timeoutMs?: number; fetch?: typeof globalThis.fetch } = {},
): SendDelivery {
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const doFetch = options.fetch ?? globalThis.fetch;
  return async (delivery) => {
    try {
      const response = await doFetch(delivery.target, {
        method: 'POST',
        headers: delivery.headers,
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.ok) {
        await response.body?.cancel();
        return { ok: true, statusCode: response.status };
      }
      const text = (await response.text().catch(() => '')).trim().slice(0, MAX_ERROR_BODY);
      return {
        ok: false,
        statusCode: response.status,
        error: `HTTP ${response.status}${text ? `: ${text}` : ''}`,
      };
    } catch (error) {
      return { ok: false, error: describeFetchError(error, timeoutMs) };
    }
  };
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `No answer within ${timeoutMs / 1000} s`;
  }
  // fetch wraps network errors: the cause says what happened (ECONNREFUSED, ENOTFOUND…).
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return cause?.code
    ? `${message} (${cause.code})`
    : cause?.message
      ? `${message}: ${cause.message}`
      : message;
}
