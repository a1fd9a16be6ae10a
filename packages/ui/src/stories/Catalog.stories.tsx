import { createCheckoutErrors } from '@checkout-errors/core';
import { errorFixtures } from '@checkout-errors/testing';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, within } from 'storybook/test';
import { useCheckoutErrorsConfig } from '../CheckoutErrorsProvider.js';

/** Every code of the catalog (every dialect), normalized: the field it lands on and the shopper's words, in the toolbar's locale. */
function Catalog() {
  const { locale, locales } = useCheckoutErrorsConfig();
  const kit = useMemo(() => createCheckoutErrors(locales ? { locales } : {}), [locales]);
  return (
    <table className="story-catalog">
      <caption>Every catalog code: field and message</caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Dialect</th>
          <th scope="col">Field</th>
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {errorFixtures.map(({ name, row, body, status }) => {
          const error = kit.normalizeError(body, status === null ? {} : { status });
          return (
            <tr key={name} data-code={row.code}>
              <th scope="row">
                <code>{row.code}</code>
              </th>
              <td>{row.dialect}</td>
              <td>{error.field}</td>
              <td>{kit.shopperMessage(error, { locale })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const meta = { title: 'Catalog/Every code', component: Catalog } satisfies Meta<typeof Catalog>;
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
