import { css } from 'lit';

/** The shell's own layout: header, navigation beside the page, and the sign-in card. */
export const shellStyles = css`
      :host {
        display: grid;
        grid-template-columns: 14rem 1fr;
        grid-template-rows: auto 1fr;
        min-height: 100vh;
      }
      .skip {
        position: absolute;
        inset-inline-start: 1rem;
        top: -3rem;
        background: var(--dash-surface);
        padding: 0.5rem 1rem;
        z-index: 2;
      }
      .skip:focus {
        top: 0.5rem;
      }
      header {
        grid-column: 1 / -1;
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.25rem;
        align-items: end;
        padding: 0.75rem 1.25rem;
        background: var(--dash-surface);
        border-bottom: 1px solid var(--dash-border);
      }
      header h1 {
        font-size: 1.25rem;
        margin: 0 auto 0.4rem 0;
      }
      nav {
        background: var(--dash-nav);
        padding: 1rem 0.75rem;
      }
      nav ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      nav a {
        display: block;
        color: var(--dash-nav-text);
        text-decoration: none;
        padding: 0.6rem 0.9rem;
        border-radius: 8px;
      }
      nav a[aria-current='page'] {
        background: var(--dash-nav-active);
        color: #ffffff;
        font-weight: 600;
      }
      nav a:hover {
        background: rgb(255 255 255 / 0.08);
      }
      main {
        padding: 1.25rem 1.5rem 3rem;
        min-width: 0;
      }
      .sign-in {
        grid-column: 1 / -1;
        max-width: 28rem;
        margin: 3rem auto;
      }
      .sign-in form {
        display: grid;
        gap: 1rem;
      }
      @media (max-width: 900px) {
        :host {
          grid-template-columns: 1fr;
          grid-template-rows: auto auto 1fr;
        }
        nav ul {
          display: flex;
          flex-wrap: wrap;
        }
      }
    `;
