import { catalog } from './catalog.js';
import { readErrorObject } from './dialects/readErrorObject.js';
import { type Bag, get, isBag, str } from './read.js';
import { sanitizeServerMessage } from './sanitizeServerMessage.js';
import type { Dialect } from './types.js';

/** Options of `toClientError`. */
export interface ToClientErrorOptions {
  /** Provider dialects whose bodies this server forwards (`adyen`…). Default none: the payments API shape. */
  dialects?: readonly Dialect[];
}

/** What `toClientError` lets through to a browser. */
export interface ClientErrorBody {
  readonly error: {
    readonly type: string;
    readonly code: string | null;
    readonly decline_code: string | null;
    readonly advice_code: string | null;
    readonly param: string | null;
    readonly message: string | null;
    readonly doc_url: string | null;
    readonly network_decline_code: string | null;
    readonly network_advice_code: string | null;
    readonly payment_method_type: string | null;
    readonly charge: string | null;
    readonly payment_intent: { readonly id: string; readonly status: string | null } | null;
  };
}

/**
 * For a shop's server: reduces an error body (or a server library's error) to what a browser
 * needs, by an allowlist. Dropped: `payment_intent.client_secret` and every other payment intent
 * field but id and status, `request_log_url`, charge, customer, payment method, setup intent and
 * source objects, headers, stack traces, and the server `message` of every error that is not a
 * `card_error` (a 401's names the API key; only a card error's may be shown, and then
 * sanitized). The type is the resolved one (stripe-node's `rawType`, or its class name), so
 * `StripeAuthenticationError` loses its message too. The reveal-nothing decline codes leave the
 * server as `generic_decline`, so not even the browser's developer tools learn them. Never throws.
 */
export function toClientError(errorOrBody: unknown): ClientErrorBody;
/**
 * With provider dialects: a body of theirs leaves through the dialect's own reducer (Adyen's: a
 * hidden refusal as the generic one, no risk data, no echoed input), or, for a dialect without
 * one, as the kit's own body built from the facts the dialect reads: the catalog code, the field,
 * a hidden decline as `generic_decline`, and no provider text, echoed input or risk data at all.
 */
export function toClientError(errorOrBody: unknown, options: ToClientErrorOptions): ClientErrorBody | object;
export function toClientError(errorOrBody: unknown, options: ToClientErrorOptions = {}): ClientErrorBody | object {
  let inner: Bag = {};
  try {
    for (const dialect of options.dialects ?? []) {
      if (dialect.toClient) {
        const reduced = dialect.toClient(errorOrBody);
        if (reduced !== undefined) return reduced;
        continue;
      }
      // A dialect without its own reducer: the kit's own body, from the facts it reads (no
      // provider text; the field by the kit's name; a kind as the type that reads back to it).
      const read = dialect.read(errorOrBody, { status: null, forced: false });
      const facts = Array.isArray(read) ? read[0] : read;
      if (facts) {
        // A kind the dialect decided wins over its type, as in classify; each as the Stripe type
        // that reads back to the same words (a conflict as Stripe's idempotency_key_in_use).
        const { kind } = facts;
        const conflict = kind === 'conflict';
        return {
          error: pick({
            type: kind
              ? conflict
                ? 'idempotency_error'
                : kind === 'network'
                  ? 'api_connection_error'
                  : /^(not_found|permission)$/.test(kind)
                    ? 'invalid_request_error'
                    : `${kind}_error`
              : facts.type,
            code: facts.code ?? (conflict ? 'idempotency_key_in_use' : null),
            decline_code: facts.declineCode,
            advice_code: facts.adviceCode,
            param: facts.field ?? facts.param,
          }),
        };
      }
    }
    if (isBag(errorOrBody)) {
      const envelope = get(errorOrBody, 'error');
      inner = isBag(envelope) ? envelope : errorOrBody;
    }
    return { error: pick(inner) };
  } catch {
    return { error: pick({}) };
  }
}

function pick(inner: Bag): ClientErrorBody['error'] {
  const facts = readErrorObject(inner);
  const decline = facts.declineCode ?? null;
  const intent = get(inner, 'payment_intent');
  const intentId = isBag(intent) ? str(get(intent, 'id')) : null;
  return {
    type: facts.type ?? 'api_error',
    code: facts.code ?? null,
    decline_code: decline !== null && catalog().hidden.has(decline) ? 'generic_decline' : decline,
    advice_code: facts.adviceCode ?? null,
    param: facts.param ?? null,
    // Spec section 7: `payment_error` (payments-api's decline type) is not a card_error, so it goes too.
    message: sanitizeServerMessage(facts.type === 'card_error' ? facts.message : null),
    doc_url: facts.docUrl ?? null,
    network_decline_code: facts.networkDeclineCode ?? null,
    network_advice_code: facts.networkAdviceCode ?? null,
    payment_method_type: facts.paymentMethodType ?? null,
    charge: facts.chargeId ?? null,
    payment_intent: intentId === null ? null : { id: intentId, status: str(get(intent as Bag, 'status')) },
  };
}
