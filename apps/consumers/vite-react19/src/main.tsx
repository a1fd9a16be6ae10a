import '@checkout-errors/ui/theme.css';
import '@checkout-errors/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Checkout } from '../shared/Checkout';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Checkout locale="en-GB" country="GB" pay="Pay £39.98" />
    </StrictMode>,
  );
