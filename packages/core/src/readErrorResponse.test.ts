import { describe, expect, it } from 'vitest';
import { normalizeError, readErrorResponse } from './index.js';

describe('readErrorResponse', () => {
  it('parses a JSON error body and keeps status and headers', async () => {
    const result = await readErrorResponse(
      Response.json({ error: { type: 'card_error', code: 'expired_card' } }, { status: 402, headers: { 'Request-Id': 'req_9' } }),
    );
    expect(result.status).toBe(402);
    expect(result.headers.get('request-id')).toBe('req_9');
    expect(result.body).toEqual({ error: { type: 'card_error', code: 'expired_card' } });
  });

  it('keeps an HTML page as text, and the status decides the kind', async () => {
    const result = await readErrorResponse(new Response('<html><h1>502 Bad Gateway</h1></html>', { status: 502 }));
    expect(result.body).toBe('<html><h1>502 Bad Gateway</h1></html>');
    expect(normalizeError(result).kind).toBe('api');
  });

  it('reads no more than maxBytes of an endless body', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode('<p>'.repeat(1000)));
      },
    });
    const result = await readErrorResponse(new Response(endless, { status: 503 }), { maxBytes: 10_000 });
    expect((result.body as string).length).toBe(10_000);
    expect(pulled).toBeLessThan(10);
  });

  it('turns a body that breaks mid-read into null, never a rejection', async () => {
    const broken = new ReadableStream({
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    const result = await readErrorResponse(new Response(broken, { status: 500 }));
    expect(result).toMatchObject({ status: 500, body: null });
    expect(normalizeError(result).kind).toBe('api');
  });

  it('keeps a body that is cut in the middle of JSON as text', async () => {
    const result = await readErrorResponse(Response.json({ error: { message: 'x'.repeat(500) } }), { maxBytes: 100 });
    expect(typeof result.body).toBe('string');
  });

  it('answers even for something that is not a Response', async () => {
    const result = await readErrorResponse(null as unknown as Response);
    expect(result).toMatchObject({ status: 0, body: null });
  });
});
