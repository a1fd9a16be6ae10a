export type { CodeRow } from './codeRows.js';
export { codeRows } from './codeRows.js';
export type { ErrorFixture } from './errorFixtures.js';
export { errorFixtures } from './errorFixtures.js';
export type { AdyenCardStep } from './hostedFields/adyen.js';
export { adyenCardSequences } from './hostedFields/adyen.js';
export type { BraintreeFieldStateData, BraintreeHostedFieldsStep } from './hostedFields/braintree.js';
export { braintreeHostedFieldsSequences } from './hostedFields/braintree.js';
export type { PayPalCardFieldsStep } from './hostedFields/paypal.js';
export { paypalCardFieldsSequences } from './hostedFields/paypal.js';
export type { SquareCardStep } from './hostedFields/square.js';
export { squareCardSequences } from './hostedFields/square.js';
export type { StripeElementStep } from './hostedFields/stripe.js';
export { stripeElementSequences } from './hostedFields/stripe.js';
export { isLuhnValid } from './luhn.js';
export type { AdyenBody, AdyenExpected, AdyenResult, StripeEquivalent } from './providers/adyen.js';
export { adyenBodies, adyenNodeException } from './providers/adyen.js';
export { adyenResults } from './providers/adyenResults.js';
export { adyenTestCard, adyenTestTriggers, adyenTriggerRefusals } from './providers/adyenTriggers.js';
export { adyenCardFieldEvents } from './providers/adyenWeb.js';
export { braintreeBodies, braintreeResults, braintreeWebErrors } from './providers/braintree.js';
export { checkoutComBodies, checkoutComDecline, checkoutComResults } from './providers/checkoutCom.js';
export type { ProviderBody, ProviderExpected, ProviderResult } from './providers/expected.js';
export { mollieBodies, molliePayment, mollieResults } from './providers/mollie.js';
export { paypalBodies, paypalCapture, paypalCardTriggers, paypalResults } from './providers/paypal.js';
export { paypalIssueNames } from './providers/paypalIssues.js';
export { squareBodies, squareDecline, squareResults } from './providers/square.js';
export type { RealBody } from './realBodies.js';
export { realBodies } from './realBodies.js';
export type { Terminology } from './terminology.js';
export { terminology } from './terminology.js';
export type { TestCard } from './testCards.js';
export { testCards } from './testCards.js';
export {
  aliasTokens,
  dtcgMap,
  dtcgTokens,
  figmaTokens,
  garbageTokens,
  legacyTokens,
  lowContrastTokens,
  tokensStudioTokens,
  uncheckableTokens,
} from './tokens/index.js';
