import { expect } from 'chai';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { ALL, board, part, parts, REPAIR, TRANSFER, until } from '../test-support/commitment-board.js';
import { settle, shownText } from '../test-support/fixture.js';
import type { CommitmentsLoadedEvent } from './commitment-board.events.js';
import type { CommitmentBoardError } from './load.js';

// msw does not resolve from @manyi/elements, so window.fetch is stood in for and restored.
const realFetch = globalThis.fetch;
type Answer = (url: string, init: RequestInit | undefined) => Promise<Response>;
let calls: { url: string; init: RequestInit | undefined }[] = [];

function serve(answer: Answer): void {
  calls = [];
  globalThis.fetch = (input, init) => {
    const url = String(input);
    calls.push({ url, init });
    return answer(url, init);
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Collects manyi-error details from the whole page; listening starts before the board exists. */
let errors: CommitmentBoardError[] = [];
const collect = (e: Event) => errors.push((e as CustomEvent<{ error: CommitmentBoardError }>).detail.error);

beforeEach(() => {
  errors = [];
  document.addEventListener('manyi-error', collect);
});

afterEach(() => {
  document.removeEventListener('manyi-error', collect);
  globalThis.fetch = realFetch;
  for (const el of document.querySelectorAll('manyi-commitment-board')) el.remove();
});

describe('manyi-commitment-board src', () => {
  it('shows a loading state, then the commitments, and fires manyi-commitments-loaded with the count', async () => {
    let release: (r: Response) => void = () => {};
    serve(() => new Promise((resolve) => (release = resolve)));
    const loaded: number[] = [];
    document.addEventListener('manyi-commitments-loaded', (e) => loaded.push((e as CommitmentsLoadedEvent).detail.count), { once: true });
    const el = await board({ src: '/api/commitments.json' }, []);
    expect(shownText(el)).to.contain('正在加载服务承诺…');
    expect(part(el, 'status').getAttribute('role')).to.equal('status');
    expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');
    await expectNoAxeViolations(el);
    release(json(ALL));
    await until(el, () => parts(el, 'commitment').length === 4);
    expect(loaded).to.deep.equal([4]);
    expect(calls.map((c) => c.url)).to.deep.equal(['/api/commitments.json']);
    expect(part(el, 'base').hasAttribute('aria-busy')).to.equal(false);
  });

  it('reads the commitments of a device config ({ commitments: [...] }) and sends requestInit headers', async () => {
    serve(async () => json({ deviceId: 'd1', commitments: [REPAIR, TRANSFER] }));
    const el = document.createElement('manyi-commitment-board');
    el.requestInit = { headers: { Authorization: 'Bearer device-token' } };
    el.src = '/api/v1/devices/me/config';
    document.body.append(el);
    await until(el, () => parts(el, 'commitment').length === 2);
    const headers = new Headers(calls[0]?.init?.headers);
    expect(headers.get('Authorization')).to.equal('Bearer device-token');
    expect(headers.get('Accept')).to.equal('application/json');
  });

  it('says the server answered an error on a 404, fires manyi-error, and a reload can recover', async () => {
    serve(async () => json({ error: { code: 'not_found', message: 'no such station' } }, 404));
    const el = await board({ src: '/missing.json' }, []);
    await until(el, () => parts(el, 'error').length === 1);
    expect(shownText(el)).to.contain('服务器返回错误（HTTP 404）');
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    expect(errors.map((e) => [e.problem, e.status])).to.deep.equal([['http', 404]]);
    await expectNoAxeViolations(el);
    serve(async () => json([REPAIR]));
    part(el, 'retry').click();
    await until(el, () => parts(el, 'commitment').length === 1);
    expect(calls.map((c) => c.url)).to.deep.equal(['/missing.json']);
  });

  it('says the answer is not valid JSON when it is not', async () => {
    serve(async () => new Response('<html>Bad gateway</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const el = await board({ src: '/broken' }, []);
    await until(el, () => parts(el, 'error').length === 1);
    expect(shownText(el)).to.contain('服务器返回的不是有效的 JSON 数据');
    expect(errors.map((e) => e.problem)).to.deep.equal(['json']);
  });

  it('says the network failed when fetch rejects', async () => {
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    const el = await board({ src: 'https://collector.invalid/commitments' }, []);
    await until(el, () => parts(el, 'error').length === 1);
    expect(shownText(el)).to.contain('网络连接失败');
    expect(part(el, 'retry').textContent?.trim()).to.equal('重新加载');
    expect(errors.map((e) => e.problem)).to.deep.equal(['network']);
  });

  it('names the field at fault when the fetched commitments break the schema', async () => {
    serve(async () => json({ commitments: [REPAIR, { id: 'c2', promise: '', limits: [] }] }));
    const el = await board({ src: '/bad.json' }, []);
    await until(el, () => parts(el, 'error').length === 1);
    expect(shownText(el)).to.contain('服务承诺数据有误');
    expect(part(el, 'error-detail').textContent).to.contain('commitments[1].promise: must not be empty');
  });

  it('says what it expected when the answer is neither an array nor { commitments }', async () => {
    serve(async () => json({ items: [] }));
    const el = await board({ src: '/other.json' }, []);
    await until(el, () => parts(el, 'error').length === 1);
    expect(part(el, 'error-detail').textContent).to.contain('"commitments" array');
  });

  it('shows the answer of the latest src only, when src changes while loading', async () => {
    const pending: Record<string, (r: Response) => void> = {};
    serve((url) => new Promise((resolve) => (pending[url] = resolve)));
    const el = await board({ src: '/a.json' }, []);
    el.src = '/b.json';
    await settle(el);
    pending['/b.json']?.(json([TRANSFER]));
    await until(el, () => parts(el, 'commitment').length === 1);
    pending['/a.json']?.(json(ALL));
    await settle(el);
    expect(parts(el, 'commitment').map((a) => a.querySelector('h3')?.textContent)).to.deep.equal([TRANSFER.promise]);
  });

  it('shows commitments set by property after src, and no longer waits for src', async () => {
    serve(() => new Promise(() => {}));
    const el = await board({ src: '/slow.json' }, []);
    expect(shownText(el)).to.contain('正在加载');
    el.commitments = [REPAIR];
    await settle(el);
    expect(parts(el, 'commitment')).to.have.length(1);
  });
});
