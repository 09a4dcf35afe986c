// The docs site's pages as HTML strings: one per element from its custom-elements.json declaration
// (live example with an editor per attribute, then every attribute, property, method, event, slot,
// part and custom property) and its README section, plus an index. Only static markup: the page's
// one script (playground.js) reads the example's data from a JSON block, so a strict CSP holds.
import { EXAMPLES } from './examples.mjs';
import { escapeHtml, inline, markdown } from './markdown.mjs';

const isPublic = (member) =>
  !member.name.startsWith('#') && !member.static && member.privacy !== 'private' && member.privacy !== 'protected';
const code = (text) => (text ? `<code>${escapeHtml(text)}</code>` : '—');

function table(caption, head, rows) {
  if (rows.length === 0) return `<h3>${caption}</h3><p class="none">None.</p>`;
  return `<h3>${caption}</h3><div class="table"><table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>`;
}

/** One control per attribute: a select where the values are known, a number or text field else. */
function editor(attribute, example) {
  const id = `attr-${attribute.name}`;
  const current = example.attributes?.[attribute.name] ?? '';
  const choices = example.choices?.[attribute.name];
  const label = `<label for="${id}"><code>${escapeHtml(attribute.name)}</code></label>`;
  if (choices) {
    const options = choices.map(
      (v) => `<option value="${escapeHtml(v)}"${v === current ? ' selected' : ''}>${escapeHtml(v || '(none)')}</option>`,
    );
    return `<div class="field">${label}<select id="${id}" data-attribute="${escapeHtml(attribute.name)}">${options.join('')}</select></div>`;
  }
  const type = /^number\b/.test(attribute.type?.text ?? '') ? 'number' : 'text';
  return `<div class="field">${label}<input id="${id}" type="${type}" data-attribute="${escapeHtml(attribute.name)}" value="${escapeHtml(current)}"></div>`;
}

function snippets(tag, example) {
  const attrs = Object.entries(example.attributes ?? {})
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const first = (example.standIns ?? [])[0] ?? 'submit';
  const name = tag.replace(/^manyi-/, '');
  const html = `<script type="module" src="/vendor/manyi-elements.js"></script>\n<${tag}${attrs}></${tag}>`;
  const react = `import '@manyi/elements/${name}.js';\nimport type {} from '@manyi/elements/jsx';\n\n<${tag}${attrs} ${first}={send} />`;
  const vue = `<script setup lang="ts">\nimport '@manyi/elements/${name}.js';\n</script>\n<template>\n  <${tag}${attrs} .${first}="send" />\n</template>`;
  const angular = `// app.config: schemas: [CUSTOM_ELEMENTS_SCHEMA]; main.ts: import '@manyi/elements/${name}.js';\n<${tag}${attrs} [${first}]="send"></${tag}>`;
  return [
    ['HTML', html],
    ['React 19', react],
    ['Vue 3', vue],
    ['Angular', angular],
  ]
    .map(([label, text]) => `<h4>${label}</h4><pre><code>${escapeHtml(text)}</code></pre>`)
    .join('\n');
}

function layout(title, body, nav) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Manyi elements</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="docs.css">
<script type="module" src="manyi-elements.js"></script>
<script type="module" src="playground.js"></script>
</head>
<body>
<header><a href="index.html" class="home">Manyi elements</a><nav aria-label="Elements"><ul>${nav}</ul></nav></header>
<main>
${body}
</main>
</body>
</html>
`;
}

const navOf = (declarations, current) =>
  declarations
    .map((d) => `<li><a href="${d.tagName}.html"${d.tagName === current ? ' aria-current="page"' : ''}>${d.tagName}</a></li>`)
    .join('');

/** The element's page: summary, live example, README section, then the reference tables. */
export function elementPage(declaration, declarations, readmeSection) {
  const tag = declaration.tagName;
  const example = EXAMPLES[tag] ?? { attributes: {} };
  const attributes = declaration.attributes ?? [];
  const members = (declaration.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  const attrs = Object.entries(example.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const data = {
    tag,
    properties: example.properties ?? {},
    standIns: example.standIns ?? [],
    events: (declaration.events ?? []).map((e) => e.name),
  };
  const body = `<h1><code>&lt;${tag}&gt;</code></h1>
<p class="summary">${inline((declaration.summary ?? '').replace(/\n/g, ' '))}</p>
<section aria-labelledby="live"><h2 id="live">Live example</h2>
<div class="playground">
<div class="stage" lang="zh-CN">
<${tag} id="example"${attrs}></${tag}>
</div>
<form class="attributes" aria-label="Attributes of the example">${attributes.map((a) => editor(a, example)).join('\n')}
<div class="field"><label for="attr-lang"><code>lang</code></label><select id="attr-lang" data-attribute="lang"><option value="">(zh-CN, from the stage)</option><option>zh-CN</option><option>en</option><option>zh-TW</option></select></div>
<div class="field"><label for="scheme"><code>--manyi-color-scheme</code></label><select id="scheme" data-style="--manyi-color-scheme"><option value="">(system)</option><option>light</option><option>dark</option></select></div>
</form>
</div>
<h3>Events</h3>
<ol class="event-log" aria-live="polite" data-empty="Events the example fires are listed here."></ol>
<script type="application/json" id="example-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
</section>
<section aria-labelledby="use"><h2 id="use">Use it</h2>${snippets(tag, example)}</section>
<section aria-labelledby="guide"><h2 id="guide">Guide</h2>${markdown(readmeSection, 0)}</section>
<section aria-labelledby="reference"><h2 id="reference">Reference</h2>
${table(
  'Attributes',
  ['attribute', 'property', 'type', 'default', 'description'],
  attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), inline(a.description ?? '')]),
)}
${table(
  'Properties',
  ['property', 'attribute', 'type', 'default', 'description'],
  fields.map((f) => [code(f.name), code(f.attribute), code(f.type?.text), code(f.default), inline(f.description ?? '')]),
)}
${table(
  'Methods',
  ['method', 'returns', 'description'],
  methods.map((m) => [code(`${m.name}()`), code(m.return?.type?.text), inline(m.description ?? '')]),
)}
${table(
  'Events',
  ['event', 'detail type', 'description'],
  (declaration.events ?? []).map((e) => [code(e.name), code(e.type?.text), inline(e.description ?? '')]),
)}
${table(
  'Slots',
  ['slot', 'description'],
  (declaration.slots ?? []).map((s) => [code(s.name || '(default)'), inline(s.description ?? '')]),
)}
${table(
  'Parts',
  ['part', 'description'],
  (declaration.cssParts ?? []).map((p) => [code(p.name), inline(p.description ?? '')]),
)}
${table(
  'CSS custom properties',
  ['property', 'description'],
  (declaration.cssProperties ?? []).map((p) => [code(p.name), inline(p.description ?? '')]),
)}
</section>`;
  return layout(tag, body, navOf(declarations, tag));
}

export function indexPage(declarations, intro) {
  const cards = declarations
    .map(
      (d) =>
        `<li><a href="${d.tagName}.html"><code>&lt;${d.tagName}&gt;</code></a><p>${inline((d.summary ?? '').replace(/\n/g, ' '))}</p></li>`,
    )
    .join('\n');
  return layout('Elements', `<h1>Manyi elements</h1>${markdown(intro, 1)}<ul class="cards">${cards}</ul>`, navOf(declarations, ''));
}
