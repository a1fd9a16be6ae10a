import '@checkout-errors/ui/theme.css';
import '@checkout-errors/ui/styles.css';
import '@checkout-errors/ui/brand-example.css';
import './demo.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
