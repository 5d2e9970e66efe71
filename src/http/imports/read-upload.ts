import { AppError } from '../../kernel/app-error.ts';
import type { ImportFile } from '../../revenue/imports/plan-import.ts';

/** The name a raw body gets when the query does not give one. */
const DEFAULT_NAME = 'upload.csv';

/**
 * The files of an upload: a raw body is one file (`curl --data-binary @leads.csv`); a
 * `multipart/form-data` body holds one part per file (`curl -F file=@MQLS.csv -F
 * file=@DEALS.csv`, or a browser form), whatever the field names.
 *
 * @example await readUpload(request.body, request.headers['content-type'], 'leads.csv') // [{ name: 'leads.csv', bytes }]
 */
export async function readUpload(
  body: unknown,
  contentType: string | undefined,
  name: string | undefined,
): Promise<ImportFile[]> {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new AppError(
      'invalid_request',
      'Send the export as the body (or as multipart/form-data file parts); the body is empty.',
    );
  }
  if (!(contentType ?? '').toLowerCase().startsWith('multipart/form-data')) {
    return [{ name: name ?? DEFAULT_NAME, bytes: body }];
  }
  let form: FormData;
  try {
    form = await new Request('http://upload.invalid/', {
      method: 'POST',
      body,
      headers: { 'content-type': contentType as string },
    }).formData();
  } catch (error) {
    throw new AppError(
      'invalid_request',
      `The multipart body cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  const files: ImportFile[] = [];
  for (const value of form.values()) {
    if (typeof value !== 'string' && value.size > 0) {
      files.push({ name: value.name || DEFAULT_NAME, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  }
  if (files.length === 0) {
    throw new AppError('invalid_request', 'The multipart body has no file, or only empty files.');
  }
  return files;
}
