// The public types of the Adyen mock API (./adyenMock.ts): what it is told, sees and records.

/** A failure the mock can be told to answer with instead of charging. */
export type AdyenScenario =
  | 'unauthorized'
  | 'forbidden'
  | 'validation'
  | 'configuration'
  | 'server_error'
  | 'conflict'
  | 'bad_gateway_html'
  | 'timeout'
  | 'dropped';

/** What a shop's server posts to /payments. Card data is read to pick the answer, never stored. */
export interface AdyenPaymentRequest {
  amount?: { value?: number; currency?: string };
  reference?: string;
  merchantAccount?: string;
  returnUrl?: string;
  paymentMethod?: {
    type?: string;
    /** Raw card data (a PCI-compliant server), or the `encrypted*` fields below. */
    number?: string;
    expiryMonth?: string;
    expiryYear?: string;
    cvc?: string;
    /** Adyen's test values are `test_`-prefixed (`test_4111111111111111`). */
    encryptedCardNumber?: string;
    encryptedExpiryMonth?: string;
    encryptedExpiryYear?: string;
    encryptedSecurityCode?: string;
    /** Adyen's test triggers go here (`FRAUD`, `CARD_EXPIRED`...). */
    holderName?: string;
  };
}

/** One payment Adyen authorised. Card data is reduced to the last four digits. */
export interface AdyenCharge {
  readonly pspReference: string;
  readonly idempotencyKey: string | null;
  readonly amount: number;
  readonly currency: string;
  readonly last4: string;
}

/** One request the mock saw, in order. */
export interface AdyenRequestRecord {
  readonly idempotencyKey: string | null;
  readonly status: number | 'timeout' | 'dropped';
  /** The saved answer of an earlier request with the same key was sent again. */
  readonly replayed: boolean;
  /** The key came back with another body: Adyen's answer to that is not documented (see below). */
  readonly keyReusedWithOtherBody?: true;
  /** The resultCode answered, for 200s. */
  readonly resultCode?: string;
}

export interface AdyenMockApiOptions {
  /** Full URL or path of the /payments endpoint. Default Adyen's test endpoint for v71. */
  url?: string;
  /** How long a payment takes, in ms. Default 0. */
  latencyMs?: number;
}
