import { toClientError } from '@checkout-errors/core';

// The shop's server: what stripe-node throws for Stripe's incorrect-CVC test card
// (4000 0000 0000 0127), reduced by toClientError to what a browser may see.
export async function POST(request: Request): Promise<Response> {
  const card = (await request.json().catch(() => null)) as { number?: unknown } | null;
  if (card?.number !== '4000000000000127') return Response.json({ id: 'pi_consumer', status: 'succeeded' });
  const thrown = {
    type: 'StripeCardError',
    rawType: 'card_error',
    code: 'incorrect_cvc',
    param: 'cvc',
    message: "Your card's security code is incorrect.",
    statusCode: 402,
    requestId: 'req_consumer',
    raw: { charge: 'ch_secret', payment_intent: { client_secret: 'pi_1_secret_x' } },
  };
  return Response.json(toClientError(thrown), { status: 402 });
}
