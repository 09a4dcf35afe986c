import { ManyiComplaintForm } from './complaint-form.js';

// Guarded so two copies of the bundle on one page do not throw.
if (!customElements.get('manyi-complaint-form')) customElements.define('manyi-complaint-form', ManyiComplaintForm);

declare global {
  interface HTMLElementTagNameMap {
    'manyi-complaint-form': ManyiComplaintForm;
  }
}

export { ManyiComplaintForm };
