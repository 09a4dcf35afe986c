import type { Commitment, ServiceItem } from '@manyi/core';
import type {} from '@manyi/elements/jsx';
import { useEffect, useState } from 'react';
import { postRating } from './public-channel.ts';

// The portal's own data, published next to it; handed to the elements as properties.
const COMMITMENTS_URL = '../../data/commitments.json';
const SERVICE_ITEM_URL = '../../data/service-item-budongchan-zhuanyi.json';

async function loadJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** A 不动产登记 portal page: rate the window, file a complaint, check the materials, read the promises. */
export function App() {
  const [lastEvent, setLastEvent] = useState({ type: '', text: '尚无事件' });
  const [commitments, setCommitments] = useState<Commitment[]>([]);
  const [serviceItem, setServiceItem] = useState<ServiceItem>();
  const [loadProblem, setLoadProblem] = useState('');

  useEffect(() => {
    // The elements validate what they are given with the shared schemas and show what is wrong.
    loadJson<Commitment[]>(COMMITMENTS_URL).then(setCommitments, (error: Error) => setLoadProblem(error.message));
    loadJson<ServiceItem>(SERVICE_ITEM_URL).then(setServiceItem, (error: Error) => setLoadProblem(error.message));
  }, []);

  const show = (type: string, text: string) => setLastEvent({ type, text: `${type}: ${text}` });

  return (
    <>
      <header className="portal-header">
        <h1>不动产登记网上服务</h1>
        <p>3号窗口 不动产登记 · 办事评价与投诉（React 19）</p>
      </header>
      <main>
        <section aria-labelledby="event-heading">
          <h2 id="event-heading">宿主页面收到的最近一次事件</h2>
          <output className="host-log" id="last-event" data-event={lastEvent.type} aria-live="polite">
            {lastEvent.text}
          </output>
          {loadProblem && <p role="alert">{loadProblem}</p>}
        </section>
        <section aria-labelledby="rate-heading">
          <h2 id="rate-heading">对本次办事进行评价</h2>
          <manyi-rating-pad
            station="demo"
            window="w03"
            staff="s05"
            serviceItem="budongchan-zhuanyi"
            channel="web"
            submit={postRating}
            onmanyi-rated={(event) => show('manyi-rated', `level ${event.detail.record.level}`)}
            onmanyi-error={(event) => show('manyi-error', String(event.detail.error))}
          />
        </section>
        <section aria-labelledby="complain-heading">
          <h2 id="complain-heading">我要投诉</h2>
          <manyi-complaint-form
            station="demo"
            window="w03"
            windowName="3号窗口 不动产登记"
            serviceItem="budongchan-zhuanyi"
            serviceItemName="不动产转移登记（存量房买卖）"
            endpoint="/api/v1/public/complaints"
            onmanyi-complaint-submitted={(event) => show('manyi-complaint-submitted', `trackingNo ${event.detail.trackingNo}`)}
            onmanyi-error={(event) => show('manyi-error', String(event.detail.error))}
          />
        </section>
        <section aria-labelledby="materials-heading">
          <h2 id="materials-heading">办理前材料自查</h2>
          <manyi-notice-checklist
            mode="self-check"
            serviceItem={serviceItem}
            onmanyi-self-check-change={(event) => show('manyi-self-check-change', `${event.detail.missing.length} missing`)}
          />
        </section>
        <section aria-labelledby="commitments-heading">
          <h2 id="commitments-heading">服务承诺</h2>
          <manyi-commitment-board commitments={commitments} heading="不动产登记服务承诺" />
        </section>
      </main>
    </>
  );
}
