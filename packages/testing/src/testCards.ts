/** What the mock payment API answers for a test card (spec section 6). */
export interface TestCard {
  readonly number: string;
  readonly label: string;
  /** `succeeds`, or the error the card produces. */
  readonly outcome:
    | { readonly result: 'succeeds' }
    | {
        readonly result: 'fails';
        readonly type: 'card_error';
        readonly code: string;
        readonly declineCode?: string;
        readonly param?: string;
      };
}

const fails = (code: string, extra: { declineCode?: string; param?: string } = {}) =>
  ({ result: 'fails', type: 'card_error', code, ...extra }) as const;

/** The test cards of spec section 6: numbers a processor's test mode answers in a known way. */
export const testCards: readonly TestCard[] = [
  { number: '4242424242424242', label: 'Succeeds', outcome: { result: 'succeeds' } },
  { number: '4000000000000002', label: 'Generic decline', outcome: fails('card_declined', { declineCode: 'generic_decline' }) },
  { number: '4000000000009995', label: 'Insufficient funds', outcome: fails('card_declined', { declineCode: 'insufficient_funds' }) },
  { number: '4000000000009987', label: 'Lost card', outcome: fails('card_declined', { declineCode: 'lost_card' }) },
  { number: '4000000000009979', label: 'Stolen card', outcome: fails('card_declined', { declineCode: 'stolen_card' }) },
  { number: '4100000000000019', label: 'Fraudulent', outcome: fails('card_declined', { declineCode: 'fraudulent' }) },
  { number: '4000000000000069', label: 'Expired card', outcome: fails('expired_card', { param: 'exp_month' }) },
  { number: '4000000000000127', label: 'Incorrect CVC', outcome: fails('incorrect_cvc', { param: 'cvc' }) },
  { number: '4000000000000119', label: 'Processing error', outcome: fails('processing_error') },
  { number: '4242424242424241', label: 'Incorrect number (fails Luhn)', outcome: fails('incorrect_number', { param: 'number' }) },
  { number: '4000000000000036', label: 'Incorrect postal code', outcome: fails('incorrect_zip', { param: 'address_zip' }) },
  {
    number: '4000002500003155',
    label: 'Needs authentication',
    outcome: fails('card_declined', { declineCode: 'authentication_required' }),
  },
];
