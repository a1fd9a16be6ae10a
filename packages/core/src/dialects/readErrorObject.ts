import { type Bag, get, httpsUrl, MAX_MESSAGE_LENGTH, status, str } from '../read.js';
import type { ErrorFacts } from '../types.js';

// stripe-node throws classes whose `type` is the class name (StripeCardError) and whose
// `rawType` is the API's type (card_error). Older releases lack rawType: derive it.
const stripeClassType = (type: string): string => {
  const name = type.slice(6, -5); // "StripeCardError" -> "Card"
  if (name === 'Connection') return 'api_connection_error';
  if (name === 'API') return 'api_error';
  return `${name.replace(/[A-Z]/g, (c, i: number) => (i ? '_' : '') + c.toLowerCase())}_error`;
};

/**
 * Reads the fields of one error object (the inner object of `{error: {...}}`, a Stripe.js
 * result's `error`, or a stripe-node error instance). Each property is read once.
 */
export function readErrorObject(inner: Bag): ErrorFacts & { headers?: unknown } {
  let type = str(get(inner, 'rawType')) ?? str(get(inner, 'type'));
  if (type?.startsWith('Stripe') && type.endsWith('Error')) type = stripeClassType(type);
  return {
    type,
    code: str(get(inner, 'code')),
    declineCode: str(get(inner, 'decline_code')),
    adviceCode: str(get(inner, 'advice_code')),
    param: str(get(inner, 'param')),
    message: str(get(inner, 'message'), MAX_MESSAGE_LENGTH),
    docUrl: httpsUrl(get(inner, 'doc_url')),
    requestLogUrl: httpsUrl(get(inner, 'request_log_url')),
    chargeId: str(get(inner, 'charge')),
    paymentMethodType: str(get(inner, 'payment_method_type')),
    networkDeclineCode: str(get(inner, 'network_decline_code')),
    networkAdviceCode: str(get(inner, 'network_advice_code')),
    // stripe-node instances carry these; API bodies do not.
    status: status(get(inner, 'statusCode')),
    requestId: str(get(inner, 'requestId')),
    headers: get(inner, 'headers'),
  };
}
