import { createMockPaymentApi } from '@checkout-errors/testing/msw';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { API, StoryCheckout } from './storyCheckout.test-helpers.js';

const api = createMockPaymentApi({ url: API, latencyMs: 150, retryAfterSeconds: 2 });
const card = (code: string, extra: Record<string, string> = {}) => ({ error: { type: 'card_error', code, ...extra } });
const decline = (decline_code: string) => card('card_declined', { decline_code, message: `Declined: ${decline_code}` });
const typed = { cardNumber: '4242 4242 4242 4242', cardExpiry: '12 / 34', cardCvc: '123', postalCode: '94103' };

const meta = {
  title: 'Checkout/States',
  component: StoryCheckout,
  parameters: { msw: api.handlers },
  beforeEach: () => api.reset(),
} satisfies Meta<typeof StoryCheckout>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const CvcWrong: Story = {
  args: { failures: [card('incorrect_cvc', { param: 'cvc' })], values: typed },
  async play({ canvasElement }) {
    const cvc = within(canvasElement).getByLabelText('Security code');
    await waitFor(() => expect(cvc).toHaveFocus());
    await expect(cvc).toHaveAttribute('aria-invalid', 'true');
    await expect(cvc).toHaveValue('123');
  },
};

export const ExpiredCard: Story = { args: { failures: [card('expired_card', { param: 'exp_month' })], values: typed } };
export const NumberWrong: Story = { args: { failures: [card('incorrect_number', { param: 'number' })], values: typed } };
export const PostalCodeMismatch: Story = { args: { failures: [card('incorrect_zip', { param: 'address_zip' })], values: typed } };

export const SeveralErrors: Story = {
  args: { failures: [card('incorrect_number', { param: 'number' }), card('incorrect_zip', { param: 'address_zip' })], values: typed },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const summary = canvasElement.querySelector('[data-part="summary"]');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(summary).not.toHaveAttribute('role');
    await userEvent.click(canvas.getAllByRole('link')[1] as HTMLElement);
    await expect(canvas.getByLabelText(/ZIP code|Postcode|Postal code/)).toHaveFocus();
  },
};

export const DeclineGeneric: Story = { args: { failures: [decline('generic_decline')], values: typed } };
export const DeclineInsufficientFunds: Story = { args: { failures: [decline('insufficient_funds')], values: typed } };
export const DeclineContactBank: Story = { args: { failures: [decline('do_not_honor')], values: typed } };
export const DeclineTryAgain: Story = { args: { failures: [decline('processing_error')], values: typed } };
export const DeclineAuthenticate: Story = { args: { failures: [decline('authentication_required')], values: typed } };

/** A fraud decline reads, and renders, exactly as the generic one. */
export const DeclineFraudulentHidden: Story = {
  args: { failures: [decline('fraudulent')], values: typed },
  async play({ canvasElement }) {
    const notice = canvasElement.querySelector('[data-part="decline"]') as HTMLElement;
    await waitFor(() => expect(notice).toHaveFocus());
    await expect(notice.textContent).not.toMatch(/fraud/i);
    await expect(notice).toHaveAttribute('data-next-step', 'use_other_card');
  },
};

export const ServiceUnavailable: Story = { args: { failures: [null], status: 503, values: typed } };
export const Offline: Story = { args: { failures: [new TypeError('Failed to fetch')], status: 0, values: typed } };
export const MerchantKeyProblem: Story = {
  args: {
    failures: [{ error: { type: 'invalid_request_error', code: 'api_key_expired', message: 'Expired API Key provided: sk_test_…' } }],
    status: 401,
  },
  async play({ canvasElement }) {
    const summary = canvasElement.querySelector('[data-part="summary"]') as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(summary.textContent).not.toMatch(/API Key|sk_test/);
  },
};

/** Formatting as the shopper types or pastes: spaces, full-width and Eastern-Arabic digits. */
export const CardInputFormatting: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const number = canvas.getByLabelText('Card number');
    await userEvent.click(number);
    await userEvent.paste('４２４２ ٤٢٤٢ 4242-4242');
    await expect(number).toHaveValue('4242 4242 4242 4242');
    await expect(number).toHaveAttribute('data-brand', 'visa');
    await userEvent.type(canvas.getByLabelText('Expiry date'), '1');
    await userEvent.type(canvas.getByLabelText('Expiry date'), '230');
    await expect(canvas.getByLabelText('Expiry date')).toHaveValue('12 / 30');
  },
};

async function fillAndPay(canvasElement: HTMLElement, cardNumber = '4242424242424242') {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Card number'), cardNumber);
  await userEvent.type(canvas.getByLabelText('Expiry date'), '1234');
  await userEvent.type(canvas.getByLabelText('Security code'), '123');
  await userEvent.type(canvas.getByLabelText(/ZIP code|Postcode|Postal code/), '94103');
  return canvas;
}

/** A double click on pay: one request, one charge. */
export const DoubleClickChargesOnce: Story = {
  async play({ canvasElement }) {
    const canvas = await fillAndPay(canvasElement);
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Pay €39.98' }));
    await canvas.findByText(/Paid: pi_mock_1/, {}, { timeout: 3000 });
    await expect(api.ledger).toHaveLength(1);
    await expect(api.requests).toHaveLength(1);
  },
};

/** A 429 with Retry-After: 2: the button waits, counting down, then comes back. */
export const RateLimitCountdown: Story = {
  async play({ canvasElement }) {
    api.failNext('rate_limit');
    const canvas = await fillAndPay(canvasElement);
    const button = canvas.getByRole('button', { name: 'Pay €39.98' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAccessibleDescription('You can try again in 2 seconds.'));
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), { timeout: 4000 });
    await expect(canvas.getByLabelText('Card number')).toHaveValue('4242 4242 4242 4242');
  },
};

/** A dropped connection, resent automatically with the same key: one charge. */
export const DroppedThenResent: Story = {
  async play({ canvasElement }) {
    api.failNext('dropped');
    const canvas = await fillAndPay(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Pay €39.98' }));
    await canvas.findByText(/Paid: pi_mock_1/, {}, { timeout: 4000 });
    await expect(new Set(api.requests.map((r) => r.idempotencyKey)).size).toBe(1);
  },
};

/** Arabic: the page is right to left, labels and the invalid border on the right, card digits left to right. */
export const ArabicRightToLeft: Story = {
  globals: { locale: 'ar-EG' },
  args: { failures: [card('incorrect_number', { param: 'number' }), card('incorrect_zip', { param: 'address_zip' })], values: typed },
  async play({ canvasElement }) {
    const root = canvasElement.querySelector('[data-part="root"]') as HTMLElement;
    await expect(root).toHaveAttribute('dir', 'rtl');
    await waitFor(() => expect(within(canvasElement).getByText('توجد مشكلة')).toBeVisible());
    const number = within(canvasElement).getByLabelText('رقم البطاقة');
    await expect(number).toHaveAttribute('dir', 'ltr');
    const label = canvasElement.querySelector(`label[for="${number.id}"]`) as HTMLElement;
    await expect(Math.abs(label.getBoundingClientRect().right - number.getBoundingClientRect().right)).toBeLessThan(2);
    const style = getComputedStyle(number);
    await expect(Number.parseFloat(style.borderRightWidth)).toBeGreaterThan(Number.parseFloat(style.borderLeftWidth));
  },
};
