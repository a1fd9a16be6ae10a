// adyen-node's exception around an Adyen error body, as the client builds it. Plain data: no
// import of the kit.
import { type AdyenBody, failed, SHOP_SETUP } from './adyenExpected.js';

/** adyen-node's HttpClientException as thrown for a 422 (fields from src/httpClient/httpClientException.ts). */
export const adyenNodeException = {
  name: 'adyen-node HttpClientException for the 422 of checkout.spec.ts',
  source:
    'Adyen/adyen-node-api-library src/httpClient/httpClientException.ts, httpURLConnectionClient.ts @3b84a188ef071064636a19f53f95f8aa7112dd91; body from src/__tests__/checkout.spec.ts',
  note: 'Built as the client builds it: statusCode from the body, responseBody the raw text, apiError the parsed body. A plain object here (the class extends Error).',
  synthetic: true,
  status: 422,
  body: {
    name: 'HttpClientException',
    message: "HTTP Exception: 422. null: Field 'countryCode' is not valid.",
    statusCode: 422,
    errorCode: '200',
    responseHeaders: { 'content-type': 'application/json' },
    responseBody:
      '{"status":422,"errorCode":"200","message":"Field \'countryCode\' is not valid.","errorType":"validation","pspReference":"DMB552CV6JHKGK82"}',
    apiError: {
      status: 422,
      errorCode: '200',
      message: "Field 'countryCode' is not valid.",
      errorType: 'validation',
      pspReference: 'DMB552CV6JHKGK82',
    },
  },
  expected: failed('invalid_request', null, 'form', 'never', SHOP_SETUP),
} as const satisfies AdyenBody;
