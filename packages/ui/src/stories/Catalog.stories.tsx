import { createCheckoutErrors } from '@checkout-errors/core';
import { errorFixtures } from '@checkout-errors/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, within } from 'storybook/test';
import { useCheckoutErrorsConfig } from '../CheckoutErrorsProvider.js';

const cell = { textAlign: 'start', verticalAlign: 'top', padding: '0.25rem 0.5rem' } as const;

/** Every code of the catalog (every dialect), normalized: the field it lands on and the shopper's words, in the toolbar's locale. */
function Catalog() {
  const { locale, locales } = useCheckoutErrorsConfig();
  const kit = useMemo(() => createCheckoutErrors(locales ? { locales } : {}), [locales]);
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', textAlign: 'start', verticalAlign: 'top', fontSize: '0.875rem' }}>
      <caption>Every catalog code: field and message</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            Code
          </th>
          <th scope="col" style={cell}>
            Dialect
          </th>
          <th scope="col" style={cell}>
            Field
          </th>
          <th scope="col" style={cell}>
            Message
          </th>
        </tr>
      </thead>
      <tbody>
        {errorFixtures.map(({ name, row, body, status }) => {
          const error = kit.normalizeError(body, status === null ? {} : { status });
          return (
            <tr key={name} data-code={row.code} style={{ borderTop: '1px solid var(--ce-color-border)' }}>
              <th scope="row" style={cell}>
                <code>{row.code}</code>
              </th>
              <td style={cell}>{row.dialect}</td>
              <td style={cell}>{error.field}</td>
              <td style={cell}>{kit.shopperMessage(error, { locale })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const meta = { title: 'Catalog/Every code', component: Catalog, parameters: { wide: true } } satisfies Meta<typeof Catalog>;
export default meta;

export const EveryCode: StoryObj<typeof meta> = {
  async play({ canvasElement }) {
    const rows = within(canvasElement).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(errorFixtures.length);
    for (const row of rows) await expect(row.querySelector('td:last-child')?.textContent?.trim()).not.toBe('');
    // Hidden declines read as the generic decline.
    const fraud = canvasElement.querySelector('[data-code="fraudulent"] td:last-child')?.textContent;
    const generic = canvasElement.querySelector('[data-code="generic_decline"] td:last-child')?.textContent;
    await expect(fraud).toBe(generic);
  },
};
