/** Default length cap for server text a shop chooses to show. */
export const MAX_SERVER_MESSAGE_LENGTH = 200;

// A run of 12 or more digits, spaces and dashes allowed between them, any script's digits
// (full-width, Eastern-Arabic): card numbers are 12 to 19 digits, and a mistyped one that fails
// Luhn is still card data, so no Luhn check decides what is redacted.
const DIGIT_RUN = /\p{Nd}(?:[\s\u2010-\u2015-]*\p{Nd}){11,}/gu;
// C0 and C1 controls, and the bidi marks, embeddings, overrides and isolates that can make
// text read differently from how it is stored.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const TAIL_RUN = /[\p{Nd}\s\u2010-\u2015-]+$/u;
const TAG = /<[^>]*>?/g;

/**
 * Makes server text safe to show: markup, control and bidi characters removed, card-number-like
 * digit runs redacted, whitespace folded, length capped. Returns null when nothing is left.
 */
export function sanitizeServerMessage(text: unknown, maxLength: number = MAX_SERVER_MESSAGE_LENGTH): string | null {
  if (typeof text !== 'string') return null;
  // Cap before the regular expressions run, so a 10 MB message costs what a short one does. A
  // digit run cut by that cap could slip under the redaction's 12 digits: drop the cut tail.
  let head = text.slice(0, maxLength * 4);
  if (head.length < text.length) head = head.replace(TAIL_RUN, '');
  const clean = head.replace(CONTROL, ' ').replace(TAG, ' ').replace(/[<>]/g, ' ').replace(DIGIT_RUN, '••••').replace(/\s+/g, ' ').trim();
  if (clean === '') return null;
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1).trimEnd()}…` : clean;
}
