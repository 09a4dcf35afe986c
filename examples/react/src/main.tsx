// Registering the tags once, before React renders them, lets React 19 see their properties.
import '@manyi/elements/rating-pad.js';
import '@manyi/elements/commitment-board.js';
import '@manyi/elements/complaint-form.js';
import '@manyi/elements/notice-checklist.js';
import '../../portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const root = document.querySelector('#app');
if (!root) throw new Error('index.html has no #app element to render into');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
