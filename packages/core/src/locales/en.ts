import type { LocaleCatalog } from '../messages/types.js';

// The source of truth for shopper text. Short, blame-free, and each says what to do next.
// Messages use an ICU subset (see messages/formatMessage.ts): {name}, plural, select, and
// {name, money} for amounts in the shop's currency. Apostrophes are literal.
// Regional English by country (the `country` option, else the locale's region): ZIP code in the
// US and the territories and freely associated states USPS serves, postcode in the UK and its
// Crown Dependencies, Australia, New Zealand and Malaysia, PIN code in India, Eircode in Ireland,
// postal code in Canada and everywhere else.
export const messages = {
  'card.number_incomplete': 'Your card number is incomplete.',
  'card.number_invalid': 'This card number doesn’t look right. Check it, or use another card.',
  'card.expiry_incomplete': 'Enter the card’s expiry date in full.',
  'card.expiry_invalid': 'Check the expiry date on your card.',
  'card.expired': 'This card has expired. Check the expiry date, or use another card.',
  'card.cvc_incomplete': 'Enter the full security code from your card.',
  'card.cvc_invalid': 'Check the security code, or use another card.',
  'card.postal_code_incomplete':
    'Enter your full {country, select, US {ZIP code} PR {ZIP code} GU {ZIP code} VI {ZIP code} AS {ZIP code} MP {ZIP code} UM {ZIP code} MH {ZIP code} FM {ZIP code} PW {ZIP code} GB {postcode} IM {postcode} JE {postcode} GG {postcode} AU {postcode} NZ {postcode} MY {postcode} IN {PIN code} IE {Eircode} other {postal code}}.',
  'card.postal_code_invalid':
    'Check your {country, select, US {ZIP code} PR {ZIP code} GU {ZIP code} VI {ZIP code} AS {ZIP code} MP {ZIP code} UM {ZIP code} MH {ZIP code} FM {ZIP code} PW {ZIP code} GB {postcode} IM {postcode} JE {postcode} GG {postcode} AU {postcode} NZ {postcode} MY {postcode} IN {PIN code} IE {Eircode} other {postal code}}.',
  'card.postal_code_mismatch':
    'The {country, select, US {ZIP code} PR {ZIP code} GU {ZIP code} VI {ZIP code} AS {ZIP code} MP {ZIP code} UM {ZIP code} MH {ZIP code} FM {ZIP code} PW {ZIP code} GB {postcode} IM {postcode} JE {postcode} GG {postcode} AU {postcode} NZ {postcode} MY {postcode} IN {PIN code} IE {Eircode} other {postal code}} doesn’t match your card. Check it, or use another card.',
  'card.address_mismatch': 'The billing address doesn’t match your card. Check it, or use another card.',
  'card.type_unsupported': 'This type of card can’t be used here. Use another card.',
  'decline.generic': 'Your card was declined. Use another card, or contact your bank.',
  'decline.insufficient_funds': 'Your card doesn’t have enough funds. Use another card.',
  'decline.use_other_card': 'This card can’t be used for this payment. Use another card.',
  'decline.contact_issuer': 'Your bank declined this payment. Contact your bank, or use another card.',
  'decline.limit_reached': 'This card has reached a limit. Use another card, or contact your bank.',
  'decline.duplicate': 'This looks like a payment you’ve already made. Check your email or bank statement before trying again.',
  'decline.card_present_only': 'This card can’t be used online. Use another card.',
  'decline.test_card': 'This is a test card. Use a real card to pay.',
  'decline.try_again': 'We couldn’t process your card. Try again, or use another card.',
  'decline.authenticate': 'Your bank needs you to confirm this payment.',
  'advice.do_not_try_again': 'This card can’t be used for this payment. Use another card.',
  'advice.try_again_later': 'Your bank couldn’t approve the payment just now. Try again later, or use another card.',
  'advice.confirm_card_data': 'Check your card details, or use another card.',
  'amount.too_small': 'The order total is below the minimum for card payments.',
  'amount.below_minimum': 'The order total is below the minimum of {minimum, money} for card payments.',
  'amount.too_large': 'The order total is above the maximum for card payments.',
  'amount.invalid': 'This order total can’t be paid by card. Contact the shop.',
  'email.invalid': 'Enter a valid email address.',
  'email.account_exists': 'An account with this email already exists. Sign in, or use another email.',
  'address.unsupported': 'We can’t take payments for this address. Check your billing address.',
  'shipping.failed': 'We couldn’t work out shipping to this address. Check the address.',
  'value.missing': '{field, select, form {Some details are missing. Check the form and try again.} other {Fill in this field.}}',
  'value.invalid': '{field, select, form {Some details don’t look right. Check the form and try again.} other {Check this field.}}',
  'order.coupon_expired': 'This discount code has expired. Remove it to continue.',
  'order.out_of_stock': 'Something in your order is no longer available. Review your order.',
  'order.failed': 'We couldn’t create your order. Check the details and try again.',
  'order.tax_id_invalid': 'Check your tax ID.',
  'order.limit_reached': 'You’ve reached the limit for this purchase. Contact the shop for help.',
  'payment.method_unavailable': 'This payment method isn’t available right now. Choose another one.',
  'payment.bank_account_invalid': 'Check your bank account details.',
  'payment.unconfirmed': 'We couldn’t confirm your payment yet. Don’t pay again until we do.',
  'shop.unavailable': 'We couldn’t complete the payment. Try again later, or contact the shop.',
  'session.expired': 'This payment session has expired. Refresh the page and try again.',
  'service.busy':
    'Too many attempts in a short time. {seconds, plural, =0 {You can try again now.} one {Try again in # second.} other {Try again in # seconds.}}',
  'service.in_progress': 'Your payment is still being processed. Wait a moment before trying again.',
  'service.error': 'Something went wrong on our side. Try again in a moment.',
  'service.external': 'A service we rely on isn’t responding. Try again in a moment.',
  'service.try_again': 'We couldn’t finish your order just now. Try again.',
  'network.offline': 'We couldn’t connect. Check your internet connection and try again.',
  'network.timeout': 'The connection took too long. Check your connection and try again.',
  aborted: 'The payment was cancelled.',
  unknown: 'Something went wrong. Try again, or contact the shop if it keeps happening.',
  // The hooks' and components' own words: the visually hidden prefix of every error message,
  // the error summary's heading, and what a pay button and the polite live region say.
  'ui.label.card_number': 'Card number',
  'ui.label.expiry': 'Expiry date',
  'ui.label.cvc': 'Security code',
  'ui.label.postal_code':
    '{country, select, US {ZIP code} PR {ZIP code} GU {ZIP code} VI {ZIP code} AS {ZIP code} MP {ZIP code} UM {ZIP code} MH {ZIP code} FM {ZIP code} PW {ZIP code} GB {Postcode} IM {Postcode} JE {Postcode} GG {Postcode} AU {Postcode} NZ {Postcode} MY {Postcode} IN {PIN code} IE {Eircode} other {Postal code}}',
  'ui.hint.expiry': 'MM / YY',
  'ui.hint.cvc': 'The last 3 digits on the back, or 4 on the front of an Amex card',
  'ui.error_prefix': 'Error:',
  'ui.summary_heading': 'There is a problem',
  'ui.submitting': 'Processing your payment…',
  'ui.retrying': 'Still trying to reach the payment service…',
  'ui.cooldown': '{seconds, plural, one {You can try again in # second.} other {You can try again in # seconds.}}',
  'ui.ready_again': 'You can try again now.',
  'ui.try_again': 'Try again',
} as const;

/** English, the kit's source locale and the end of every fallback chain. */
const en: LocaleCatalog = { locale: 'en', messages };
export default en;
