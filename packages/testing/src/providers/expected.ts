// What the kit must make of a provider's answers, shared by every provider's fixtures: the
// fixture types and the Stripe bodies that must read the same. Plain data.

/** A Stripe body that must give the shopper the same message. */
export interface StripeEquivalent {
  readonly status: number | null;
  readonly body: unknown;
}

/** What the kit must make of a provider's body. */
export interface ProviderExpected {
  readonly kind: string;
  readonly code: string | null;
  /** The decline code as the kit shows it (a hidden one as `generic_decline`); absent when none. */
  readonly declineCode?: string;
  readonly field: string;
  readonly retryMode: string;
  readonly stripeEquivalent?: StripeEquivalent;
}

/** A provider's failure and what the kit must make of it. */
export interface ProviderBody {
  readonly name: string;
  /** Where it was published: repository, path and commit, or a docs URL. */
  readonly source: string;
  /** How it was recorded, what was cut, and any quirk. */
  readonly note?: string;
  /** The HTTP status it comes with (200 for refusals several providers answer as results), or null for a thrown client error. */
  readonly status: number | null;
  readonly body: unknown;
  readonly expected: ProviderExpected;
  /** True when the body is built from a documented shape, not copied from a record. */
  readonly synthetic?: true;
}

/** A provider's 2xx payment result and the outcome the kit must read. */
export interface ProviderResult {
  readonly name: string;
  readonly source: string;
  readonly note?: string;
  readonly status: number;
  readonly body: unknown;
  readonly expected: { readonly outcome: 'succeeded' | 'pending' | 'requires_action' | 'failed' };
}

// Stripe's bodies for the same failures (the error envelope of its API, as the kit's own fixtures send it).
export const stripe = (status: number, error: Record<string, string>): StripeEquivalent => ({ status, body: { error } });
export const card = (code: string, extra: Record<string, string> = {}) => stripe(402, { type: 'card_error', code, ...extra });
export const decline = (declineCode: string) => card('card_declined', { decline_code: declineCode });
export const SHOP_SETUP = stripe(400, { type: 'invalid_request_error', code: 'parameter_unknown' });
export const SERVER = stripe(500, { type: 'api_error' });

export const failed = (
  kind: string,
  code: string | null,
  field: string,
  retryMode: string,
  stripeEquivalent?: StripeEquivalent,
): ProviderExpected => ({
  kind,
  code,
  field,
  retryMode,
  ...(stripeEquivalent ? { stripeEquivalent } : {}),
});
export const declined = (declineCode: string, retryMode = 'never', shownAs = declineCode): ProviderExpected => ({
  kind: 'card',
  code: 'card_declined',
  declineCode: shownAs,
  field: 'form',
  retryMode,
  stripeEquivalent: decline(declineCode),
});
