import '@checkout-errors/ui/theme.css';
import '@checkout-errors/ui/styles.css';
import de from '@checkout-errors/core/locales/de';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Checkout } from '../shared/Checkout';

// React 18.3, which the packages' peer range claims: the same checkout, in German.
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Checkout locale="de-DE" country="DE" locales={[de]} theme="dark" pay="Zahlen 39,98 €" />
    </StrictMode>,
  );
