import { get, isBag } from './read.js';
import type { CheckoutError, Dialect, DialectOutcome, PaymentOutcome } from './types.js';

/**
 * What a 2xx answer says about the payment. A provider that answers refusals with 200 or 201
 * (Adyen's `resultCode: Refused`, Checkout.com's `approved: false`) says so through its
 * dialect's `readOutcome`, and the body is then read as an error like any other. Without a
 * dialect that knows the body, the payments API shape decides: an `error` object is a failure,
 * a payment intent that `requires_action` needs the authentication step, `processing` is pending.
 * A body that cannot be read, or an outcome that is none of these, is no proof of payment.
 */
export function readOutcome(
  dialects: readonly Dialect[],
  normalizeAll: (input: unknown) => readonly CheckoutError<string>[],
  body: unknown,
  status: number,
): PaymentOutcome {
  let read: DialectOutcome | undefined;
  let outcome: unknown;
  try {
    for (const dialect of dialects) {
      read = dialect.readOutcome?.(body, { status, forced: false });
      if (read) break;
    }
    if (!read) {
      const state = isBag(body) ? get(body, 'status') : null;
      read =
        isBag(body) && isBag(get(body, 'error'))
          ? { outcome: 'failed' }
          : state === 'requires_action' || (isBag(body) && isBag(get(body, 'next_action')))
            ? { outcome: 'requires_action', data: body }
            : { outcome: state === 'processing' ? 'pending' : 'succeeded' };
    }
    outcome = read?.outcome;
  } catch {}
  if (outcome === 'succeeded' || outcome === 'pending' || outcome === 'requires_action') return read as PaymentOutcome;
  const errors = normalizeAll({ status, body });
  // A failure always has an error, even when the dialect's `read` finds nothing wrong in the body.
  const error = errors[0] ?? (normalizeAll(undefined)[0] as CheckoutError<string>);
  return { outcome: 'failed', error, errors: errors.length > 0 ? errors : [error] };
}
