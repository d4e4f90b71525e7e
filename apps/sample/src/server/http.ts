import type { IncomingMessage, ServerResponse } from 'node:http';
import { isShareError } from '@sharekit/core';

const MAX_BODY = 64 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request body as JSON (at most 64 KiB). */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'too-large', `the request body is over ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid-json', 'the request body is not JSON');
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

// ShareError codes that mean "the client sent something wrong" rather than "the server broke".
const CLIENT_CODES = new Set(['invalid-input', 'invalid-argument', 'invalid-version', 'decrypt-failed', 'watermark-mismatch', 'expired', 'no-group']);

/** An error as the API answers it: `{ error: { code, message } }` with a fitting status. */
export function sendError(res: ServerResponse, error: unknown): void {
  if (error instanceof HttpError) {
    sendJson(res, error.status, { error: { code: error.code, message: error.message } });
  } else if (isShareError(error)) {
    const status = error.code === 'not-found' ? 404 : CLIENT_CODES.has(error.code) ? 400 : 500;
    sendJson(res, status, { error: { code: error.code, message: error.message } });
  } else {
    console.error(error);
    sendJson(res, 500, { error: { code: 'internal', message: 'the sample server failed; see its console' } });
  }
}
