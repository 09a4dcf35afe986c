import type { ServiceItem } from '@manyi/core';
import { html, nothing } from 'lit';
import type { MessageKey, Messages } from '../i18n/messages.js';
import { type Draft, readPath } from './draft.js';

export interface FieldContext {
  draft: Draft;
  errors: Map<string, string>;
  t: Messages;
  edit: (path: string, value: unknown) => void;
  serviceItems: readonly ServiceItem[];
}

const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

/** One labelled field; its problem sits right under it and is tied to it for screen readers. */
export function field(f: FieldContext, path: string, label: MessageKey, kind: 'text' | 'number' | 'area' = 'text') {
  const value = readPath(f.draft, path);
  const error = f.errors.get(path);
  const id = fieldId(path);
  const onInput = (event: Event) => {
    const raw = (event.target as HTMLInputElement).value;
    f.edit(path, kind === 'number' ? (raw === '' ? '' : Number(raw)) : raw);
  };
  const common = { invalid: error ? 'true' : 'false', described: error ? `${id}-error` : undefined };
  return html`<label for=${id}>${f.t(label)}</label>
    ${
      kind === 'area'
        ? html`<textarea id=${id} .value=${String(value ?? '')} aria-invalid=${common.invalid} aria-describedby=${common.described ?? nothing} @input=${onInput}></textarea>`
        : html`<input id=${id} type=${kind} .value=${value === undefined ? '' : String(value)} aria-invalid=${common.invalid} aria-describedby=${common.described ?? nothing} @input=${onInput} />`
    }
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`;
}

export function select(f: FieldContext, path: string, label: MessageKey, options: readonly [string, string][]) {
  const value = String(readPath(f.draft, path) ?? '');
  const id = fieldId(path);
  return html`<label for=${id}>${f.t(label)}</label>
    <select id=${id} @change=${(e: Event) => f.edit(path, (e.target as HTMLSelectElement).value)}>
      ${options.map(([v, name]) => html`<option value=${v} ?selected=${v === value}>${name}</option>`)}
    </select>`;
}

const list = (f: FieldContext, path: string) => (readPath(f.draft, path) as unknown[] | undefined) ?? [];

export function serviceItemFields(f: FieldContext) {
  const t = f.t;
  const materials = list(f, 'guide.materials');
  const forms: [string, string][] = [
    ['original', t('formOriginal')],
    ['copy', t('formCopy')],
    ['original-and-copy', t('formOriginalAndCopy')],
    ['electronic', t('formElectronic')],
  ];
  return html`<div class="fields">
    ${field(f, 'id', 'entryId')} ${field(f, 'name', 'itemName')} ${field(f, 'code', 'itemCode')}
    <fieldset>
      <legend>${t('materials')}</legend>
      ${materials.map(
        (_, i) => html`<div class="row">
          ${field(f, `guide.materials.${i}.id`, 'entryId')} ${field(f, `guide.materials.${i}.name`, 'materialName')}
          ${select(f, `guide.materials.${i}.form`, 'materialForm', forms)} ${field(f, `guide.materials.${i}.copies`, 'copies', 'number')}
          <button type="button" class="danger" @click=${() =>
            f.edit(
              'guide.materials',
              materials.filter((__, j) => j !== i),
            )}>${t('remove')}</button>
        </div>`,
      )}
      <button type="button" @click=${() => f.edit('guide.materials', [...materials, { id: `m${materials.length + 1}`, name: '', form: 'original', copies: 1 }])}>${t('addMaterial')}</button>
    </fieldset>
    ${field(f, 'guide.legalBasis', 'legalBasis', 'area')} ${field(f, 'guide.timeLimitDays', 'timeLimitDays', 'number')}
    ${field(f, 'guide.fee', 'fee')} ${field(f, 'guide.place', 'place')} ${field(f, 'guide.queryPhone', 'queryPhone')}
  </div>`;
}

export function commitmentFields(f: FieldContext) {
  const t = f.t;
  const limits = list(f, 'limits');
  const units: [string, string][] = [
    ['minutes', t('unitMinutes')],
    ['hours', t('unitHours')],
    ['days', t('unitDays')],
    ['working-days', t('unitWorkingDays')],
  ];
  const measures: [string, string][] = [
    ['maximum', t('measureMaximum')],
    ['average', t('measureAverage')],
  ];
  return html`<div class="fields">
    ${field(f, 'id', 'entryId')}
    ${select(f, 'serviceItemId', 'serviceItem', [['', t('unspecified')], ...f.serviceItems.map((s): [string, string] => [s.id, s.name])])}
    ${field(f, 'promise', 'promise', 'area')}
    <fieldset>
      <legend>${t('limitValue')}</legend>
      ${limits.map(
        (_, i) => html`<div class="row">
          ${field(f, `limits.${i}.value`, 'limitValue', 'number')} ${select(f, `limits.${i}.unit`, 'limitUnit', units)}
          ${select(f, `limits.${i}.measure`, 'limitMeasure', measures)}
          <button type="button" class="danger" @click=${() =>
            f.edit(
              'limits',
              limits.filter((__, j) => j !== i),
            )}>${t('remove')}</button>
        </div>`,
      )}
      <button type="button" @click=${() => f.edit('limits', [...limits, { value: 1, unit: 'working-days', measure: 'maximum' }])}>${t('addLimit')}</button>
    </fieldset>
    ${field(f, 'legalBasis', 'legalBasis', 'area')} ${field(f, 'fees', 'fees')} ${field(f, 'hours', 'hours')}
    ${field(f, 'hotline', 'hotline')} ${field(f, 'complaintPhone', 'complaintPhone')} ${field(f, 'liability', 'liability', 'area')}
  </div>`;
}
