import type { Locale, NoticeRecord, ServiceItem } from '@manyi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { materialFacts } from './materials-view.js';
import type { NoticeChecklistMessages } from './messages.js';
import type { qrCode } from './qr-code.js';

export interface NoticeViewModel {
  readonly t: NoticeChecklistMessages;
  readonly locale: Locale;
  readonly record: NoticeRecord;
  readonly item: ServiceItem;
  /** What the QR code carries: the notice's URL or its number. */
  readonly qrContent: string;
  /** Draws the QR code; undefined when the encoder could not be loaded (the number is still printed). */
  readonly qrCode: typeof qrCode | undefined;
  /** Who issues the notice, by name: the office, the window and the clerk (ids when no name was given). */
  readonly issuer: { readonly office: string; readonly window: string; readonly staff: string };
  readonly onPrint: () => void;
  readonly onNext: () => void;
}

/** The notice's date as people read it, on the China Standard Time calendar. */
function noticeDate(createdAt: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(new Date(createdAt));
}

/** A labelled line of the notice, left out when there is nothing to say. */
function line(t: NoticeChecklistMessages, label: string, text: string | undefined, cls = ''): TemplateResult | typeof nothing {
  return text ? html`<div class="notice-line ${cls}"><dt>${label}${t.colon}</dt><dd>${text}</dd></div>` : nothing;
}

/** The printable 一次性告知书: everything the applicant must bring or correct, told at once. */
export function noticeView(m: NoticeViewModel): TemplateResult {
  const { t, record, item } = m;
  const guide = item.guide;
  const byId = new Map(guide.materials.map((material) => [material.id, material]));
  const serviceName = item.code ? `${item.name}（${item.code}）` : item.name;
  return html`<p class="visually-hidden" role="status">${t.issued}</p>
    <article part="notice" class="notice" aria-labelledby="notice-title">
      <header class="notice-header">
        <h2 id="notice-title" tabindex="-1">${t.noticeTitle}<span class="subtitle">${t.noticeSubtitle}</span></h2>
        <p class="notice-no"><span>${t.noticeNoLabel}</span> <strong class="number">${record.noticeNo}</strong></p>
      </header>
      <dl class="notice-parties">
        ${line(t, t.applicantLabel, record.applicant.name)}
        ${line(t, t.applicantPhoneLabel, record.applicant.phone)}
        ${line(t, t.serviceItemLabel, serviceName, 'wide')}
      </dl>
      <p class="notice-intro">${t.noticeIntro(item.name)}</p>
      <ol class="notice-items">
        ${record.items.map((entry) => {
          const material = entry.materialId ? byId.get(entry.materialId) : undefined;
          return html`<li class="notice-item problem-${entry.problem}">
            <p class="notice-item-head">
              <span class="material-name">${entry.name}</span>
              <span class="badge">${entry.problem === 'missing' ? t.problemMissing : t.problemDefective}</span>
            </p>
            ${
              entry.detail
                ? html`<p class="notice-item-detail">${entry.problem === 'defective' ? html`<span class="label">${t.whatIsWrong}</span>` : nothing}${entry.detail}</p>`
                : nothing
            }
            ${material ? materialFacts(material, t) : nothing}
          </li>`;
        })}
      </ol>
      <dl class="notice-terms">
        ${line(t, t.timeLimitLabel, record.timeLimitDays === undefined ? undefined : t.timeLimit(record.timeLimitDays))}
        ${line(t, t.placeLabel, record.place)}
        ${line(t, t.feeLabel, guide.fee)}
        ${line(t, t.serviceTimeLimitLabel, guide.timeLimitDays === undefined ? undefined : t.serviceTimeLimit(guide.timeLimitDays))}
        ${line(t, t.queryPhoneLabel, record.queryPhone)}
        ${line(t, t.legalBasisLabel, record.legalBasis, 'wide legal')}
      </dl>
      <footer class="notice-footer">
        <dl class="notice-issuer">
          ${line(t, t.officeLabel, m.issuer.office, 'wide')}
          ${line(t, t.windowLabel, m.issuer.window)}
          ${line(t, t.staffLabel, m.issuer.staff)}
          ${line(t, t.dateLabel, noticeDate(record.createdAt, m.locale))}
        </dl>
        ${
          m.qrCode
            ? html`<figure class="notice-qr">
              ${m.qrCode(m.qrContent, t.qrLabel(m.qrContent))}
              <figcaption>${t.qrCaption}</figcaption>
            </figure>`
            : nothing
        }
        <div class="signature">
          <p><span>${t.signature}</span><span class="blank"></span></p>
          <p><span>${t.signatureDate}</span><span class="blank"></span></p>
        </div>
      </footer>
    </article>
    <div part="actions" class="actions">
      <button part="print" class="primary" @click=${m.onPrint}>${t.print}</button>
      <button class="secondary" @click=${m.onNext}>${t.next}</button>
    </div>`;
}
