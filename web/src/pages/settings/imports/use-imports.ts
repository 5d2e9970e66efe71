import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../../app/api.ts';

import type { CsvType, ImportFormat } from './import-vocab.ts';

export { CSV_FIELDS, CSV_TYPES, type CsvType, IMPORT_FORMATS, type ImportFormat } from './import-vocab.ts';

export interface RowProblem {
  row: number;
  reason: string;
}

/** `GET /api/v1/imports/:id`. */
export interface ImportJob {
  id: string;
  format: ImportFormat;
  csvType: CsvType | null;
  status: 'queued' | 'running' | 'done' | 'failed';
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
  rowsDone: number;
  rowsTotal: number;
  files: Array<{
    file: string;
    kind: string;
    total: number;
    done: number;
    summary: {
      rows: number;
      created: number;
      updated: number;
      unchanged: number;
      skipped: number;
      warnings: number;
    } | null;
    skipped: RowProblem[];
    warnings: RowProblem[];
  }>;
  error: string | null;
}

export const isRunning = (job: Pick<ImportJob, 'status'>) =>
  job.status === 'queued' || job.status === 'running';

export const useImports = () =>
  useQuery({
    queryKey: ['imports'],
    queryFn: () => api<{ items: ImportJob[] }>('/api/v1/imports'),
    refetchInterval: (query) => (query.state.data?.items.some(isRunning) ? 2_000 : false),
  });

/** One import, polled every second while it runs. */
export const useImport = (id: string | null) =>
  useQuery({
    queryKey: ['imports', id],
    enabled: id !== null,
    queryFn: () => api<ImportJob>(`/api/v1/imports/${encodeURIComponent(id ?? '')}`),
    refetchInterval: (query) => (query.state.data && !isRunning(query.state.data) ? false : 1_000),
  });

/**
 * Sends the files (one as the raw body, several as multipart) with upload progress,
 * which `fetch` does not report. The session's CSRF token goes along, as `api()` sends it.
 */
export function uploadImport(
  files: readonly File[],
  query: Record<string, string | readonly string[] | undefined>,
  csrfToken: string | null,
  onProgress: (fraction: number) => void,
): Promise<ImportJob> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const isSingle = files.length === 1;
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...query, name: isSingle ? files[0]?.name : undefined })) {
      for (const item of typeof value === 'string' ? [value] : (value ?? [])) {
        params.append(key, item);
      }
    }
    request.open('POST', `/api/v1/imports?${params}`);
    request.setRequestHeader('accept', 'application/json');
    if (csrfToken) {
      request.setRequestHeader('x-csrf-token', csrfToken);
    }
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onerror = () => reject(new ApiError(0, 'network_error', 'The upload did not reach the server.'));
    request.onload = () => {
      let payload: { error?: { code?: string; message?: string; details?: unknown } } | ImportJob | null =
        null;
      try {
        payload = JSON.parse(request.responseText);
      } catch {
        payload = null;
      }
      if (request.status >= 200 && request.status < 300 && payload) {
        resolve(payload as ImportJob);
        return;
      }
      const error = (payload as { error?: { code?: string; message?: string; details?: unknown } } | null)
        ?.error;
      reject(
        new ApiError(
          request.status,
          error?.code ?? 'http_error',
          error?.message ?? `HTTP ${request.status}`,
          error?.details,
        ),
      );
    };
    if (isSingle && files[0]) {
      request.setRequestHeader('content-type', files[0].type || 'text/csv');
      request.send(files[0]);
    } else {
      const form = new FormData();
      for (const file of files) {
        form.append('file', file, file.name);
      }
      request.send(form);
    }
  });
}

/** The header row of a CSV, to offer its columns in the mapping (the server decides). */
export async function readHeaders(file: File): Promise<string[]> {
  const bytes = new Uint8Array(await file.slice(0, 65_536).arrayBuffer());
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || bytes[1] === 0;
  const text = new TextDecoder(isUtf16 ? 'utf-16le' : 'utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const line = text.split(/\r?\n/)[0] ?? '';
  const delimiter = [';', '\t', ','].reduce(
    (best, d) => (line.split(d).length > line.split(best).length ? d : best),
    ',',
  );
  return line
    .split(delimiter)
    .map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'))
    .filter(Boolean);
}
