import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NotificationEvent } from './notification-event.ts';

/** What a local receiver got: one entry per request, in arrival order. */
export interface ReceivedRequest {
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface LocalReceiver {
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * A webhook receiver for tests: an HTTP server on 127.0.0.1 (a free port) that records
 * every request and answers with the status `statusFor(n)` gives the n-th (0-based).
 */
export function startReceiver(statusFor: (index: number) => number = () => 200): Promise<LocalReceiver> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const index = requests.length;
      requests.push({
        method: request.method ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const status = statusFor(index);
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(status >= 400 ? 'receiver is down' : 'ok');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/hooks`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** An event about João Silva of Acme, as the relay publishes them. */
export function leadEvent(
  type: NotificationEvent['type'],
  occurredAt: number,
  lead: Partial<NotificationEvent['lead']> = {},
  details?: Record<string, unknown>,
): NotificationEvent {
  return {
    type,
    occurredAt,
    lead: {
      id: 'lead-1',
      name: 'João Silva',
      email: 'joao@acme.com.br',
      phoneE164: '+5511987654321',
      companyName: 'Acme',
      grade: 'A',
      ownerName: 'Rita Souza',
      ...lead,
    },
    link: 'https://bastao.acme.com.br/leads/lead-1',
    ...(details ? { details } : {}),
  };
}
