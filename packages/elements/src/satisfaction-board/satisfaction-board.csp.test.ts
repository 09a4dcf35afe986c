import { expect } from 'chai';
import { settle } from '../test-support/fixture.js';
import { board, figuresOf, OCTOBER, part } from '../test-support/satisfaction-board.js';

// A page as strict as a government portal's: no inline styles or scripts, and Trusted Types for
// every HTML sink. A meta CSP applies from its insertion on, so this file keeps it to itself.
const violations: string[] = [];

before(() => {
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
  document.head.append(meta);
});

describe('manyi-satisfaction-board under a strict CSP with Trusted Types', () => {
  it('renders its results, bars at their length, with no policy violation', async () => {
    const el = await board({}, OCTOBER);
    await settle(el);
    expect(figuresOf(part(el, 'figures')).好评率).to.equal('93.8%');
    const track = part(el, 'level-4').querySelector('.bar') as HTMLElement;
    const fill = track.querySelector('.fill') as HTMLElement;
    expect(fill.getBoundingClientRect().width / track.getBoundingClientRect().width).to.be.closeTo(0.25, 0.01);
    expect(violations).to.deep.equal([]);
    el.remove();
  });
});
