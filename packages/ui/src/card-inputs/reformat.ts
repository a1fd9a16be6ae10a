import { digitsOf } from './checks.js';

/**
 * Formats an input's value in place and keeps the caret after the same number of digits, so
 * typing, pasting and deleting in the middle of `4242 4242 …` feel like a plain field. A
 * backspace that removed only a separator removes the digit before it (else the key would
 * seem dead). Runs on the DOM element: the value never goes through React state or props.
 */
export function reformatDigits(input: HTMLInputElement, format: (value: string) => string, previous: string): void {
  let raw = input.value;
  let caret = input.selectionStart ?? raw.length;
  if (raw.length < previous.length && digitsOf(raw) === digitsOf(previous) && caret > 0) {
    const cut = lastDigitBefore(raw, caret);
    if (cut >= 0) {
      raw = raw.slice(0, cut) + raw.slice(cut + 1);
      caret = cut;
    }
  }
  const digitsBefore = digitsOf(raw.slice(0, caret)).length;
  const formatted = format(raw);
  if (formatted === input.value) return;
  input.value = formatted;
  // Only move the caret of the focused field (setting a selection elsewhere can steal focus in Safari).
  if (input.ownerDocument.activeElement === input) {
    const at = caretAfterDigits(formatted, digitsBefore);
    input.setSelectionRange(at, at);
  }
}

/** Formats a value that has no digit grouping (a postal code): same length, caret where it was. */
export function reformatText(input: HTMLInputElement, format: (value: string) => string): void {
  const formatted = format(input.value);
  if (formatted === input.value) return;
  const caret = Math.min(input.selectionStart ?? formatted.length, formatted.length);
  input.value = formatted;
  if (input.ownerDocument.activeElement === input) input.setSelectionRange(caret, caret);
}

const lastDigitBefore = (value: string, caret: number): number => {
  for (let i = caret - 1; i >= 0; i--) if (digitsOf(value[i] ?? '') !== '') return i;
  return -1;
};

/** The index just after the `count`-th digit (before any separator that follows it). */
const caretAfterDigits = (formatted: string, count: number): number => {
  if (count === 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (/\d/.test(formatted[i] ?? '')) seen++;
    if (seen === count) return i + 1;
  }
  return formatted.length;
};
