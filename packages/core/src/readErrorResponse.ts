import { MAX_BODY_BYTES } from './normalizeError.js';

/** Options of `readErrorResponse`. */
export interface ReadErrorResponseOptions {
  /** Read at most this many bytes of the body. Default 64 KB. */
  maxBytes?: number;
}

/** A response reduced to what `normalizeError` reads. */
export interface ErrorResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, the text when it is not JSON (or was cut at `maxBytes`), or null when unreadable. */
  readonly body: unknown;
}

/**
 * Reads at most `maxBytes` of a fetch Response and parses it. Never rejects: a body that cannot
 * be read becomes null, and a proxy's endless HTML page costs at most `maxBytes`.
 */
export async function readErrorResponse(response: Response, options: ReadErrorResponseOptions = {}): Promise<ErrorResponse> {
  const max = options.maxBytes ?? MAX_BODY_BYTES;
  let status = 0;
  let headers = new Headers();
  let body: unknown = null;
  try {
    status = response.status;
    headers = response.headers;
    const reader = response.body?.getReader();
    if (reader) {
      const chunks: Uint8Array[] = [];
      let size = 0;
      while (size <= max) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        size += value.byteLength;
      }
      const cut = size > max;
      if (cut) void reader.cancel().catch(() => {});
      const bytes = new Uint8Array(Math.min(size, max));
      let offset = 0;
      for (const chunk of chunks) {
        const part = chunk.subarray(0, bytes.length - offset);
        bytes.set(part, offset);
        offset += part.length;
        if (offset >= bytes.length) break;
      }
      const text = new TextDecoder().decode(bytes);
      body = text;
      // A cut body is not valid JSON anyway; keep its text for the developer.
      if (!cut && /^\s*[{[]/.test(text)) body = JSON.parse(text);
    }
  } catch {
    // Keep whatever was read: the text, or null when nothing could be.
  }
  return { status, headers, body };
}
