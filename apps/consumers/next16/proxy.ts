import { type NextRequest, NextResponse } from 'next/server';

// A strict Content-Security-Policy with a fresh nonce per request, as Next.js's CSP guide does it
// (https://nextjs.org/docs/app/guides/content-security-policy): no 'unsafe-inline' for scripts or
// styles. Next.js puts the nonce on its own scripts; the page hands it to CheckoutErrorsProvider,
// which then writes the createTheme() theme into a <style nonce> instead of a style attribute.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = { matcher: [{ source: '/((?!api|_next/static|_next/image|favicon.ico).*)' }] };
