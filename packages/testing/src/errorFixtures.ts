import { type CodeRow, codeRows } from './codeRows.js';

/** A synthetic error for one catalog row: what the kit's tests and the mock API send. */
export interface ErrorFixture {
  /** `dialect:code`, unique. */
  readonly name: string;
  readonly row: CodeRow;
  /** The HTTP status it arrives with, or null for a client-side event. */
  readonly status: number | null;
  /** The body (or, for client-validation, the card field's change event). */
  readonly body: unknown;
  /** Always true: these bodies are built from the catalog, not recorded. */
  readonly synthetic: true;
}

const fixture = (row: CodeRow): ErrorFixture => {
  const status = row.status === '-' ? null : Number(row.status);
  let body: unknown;
  switch (row.dialect) {
    case 'decline':
      body = { error: { type: 'card_error', code: 'card_declined', decline_code: row.code, message: 'Your card was declined.' } };
      break;
    case 'advice':
      body = {
        error: {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'generic_decline',
          advice_code: row.code,
          message: 'Your card was declined.',
        },
      };
      break;
    case 'client-validation':
      // The change event a hosted card field raises; the message is the provider's, never shown.
      body = {
        elementType: row.field,
        complete: false,
        empty: false,
        error: { type: 'validation_error', code: row.code, message: `Provider text for ${row.code}` },
      };
      break;
    default:
      body = { error: { type: row.type, code: row.code, message: `Server text for ${row.code}` } };
  }
  return { name: `${row.dialect}:${row.code}`, row, status, body, synthetic: true };
};

/** One synthetic fixture per row of the catalog (152). */
export const errorFixtures: readonly ErrorFixture[] = codeRows.map(fixture);
