// The /examples/ index: wires each live element to the host-page log and lists its attributes and
// events from custom-elements.json, so the table is always the one the package ships.
import { postRating, showEvents } from './portal-host.js';

/** Adds a table row of text cells; text only, so nothing from the manifest becomes markup. */
function row(table, cells, header = false) {
  const tr = table.insertRow();
  for (const text of cells) {
    const cell = document.createElement(header ? 'th' : 'td');
    cell.textContent = text;
    tr.append(cell);
  }
}

function describeElement(section, declaration) {
  const attributes = document.createElement('table');
  attributes.className = 'attributes';
  attributes.createCaption().textContent = '属性（attributes）';
  row(attributes, ['属性', '类型', '默认值', '说明'], true);
  for (const attribute of declaration.attributes ?? []) {
    row(attributes, [attribute.name, attribute.type?.text ?? '', attribute.default ?? '', attribute.description ?? '']);
  }
  const events = document.createElement('table');
  events.className = 'attributes';
  events.createCaption().textContent = '事件（events）';
  row(events, ['事件', '说明'], true);
  for (const event of declaration.events ?? []) if (event.name) row(events, [event.name, event.description ?? '']);
  section.append(attributes, events);
}

const tags = [...document.querySelectorAll('section[data-tag]')];
for (const section of tags) {
  const element = section.querySelector(section.dataset.tag);
  const output = section.querySelector('output');
  showEvents(element, output, [
    'manyi-rated',
    'manyi-complaint-submitted',
    'manyi-commitments-loaded',
    'manyi-self-check-change',
    'manyi-notice-issued',
    'manyi-results-loaded',
    'manyi-error',
  ]);
}
document.querySelector('manyi-rating-pad').submit = (record) => postRating(record);

// The elements follow `lang` on themselves or their nearest ancestor: the page's language is enough.
const locale = document.querySelector('#locale');
locale.addEventListener('change', () => {
  document.documentElement.lang = locale.value;
});

try {
  const response = await fetch('./vendor/custom-elements.json');
  if (!response.ok) throw new Error(`./vendor/custom-elements.json answered ${response.status}`);
  const manifest = await response.json();
  const declarations = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration.tagName ? [[declaration.tagName, declaration]] : [])),
  );
  for (const section of tags) {
    const declaration = declarations.get(section.dataset.tag);
    if (declaration) describeElement(section, declaration);
  }
} catch (error) {
  // The elements still work; say why their tables are missing instead of leaving a gap.
  const problem = document.createElement('p');
  problem.setAttribute('role', 'alert');
  problem.textContent = `属性表未能加载（${error.message}）。请先运行 pnpm run build:all。`;
  document.querySelector('#examples').after(problem);
}
