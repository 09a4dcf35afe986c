// The little Markdown the package README uses, as escaped HTML for the docs pages: headings,
// paragraphs, lists, tables, fenced code, `code`, **bold** and [links](…). Every text is escaped
// first, so nothing in a README can become markup or script.
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Inline Markdown of one line of text: code spans first, so their content stays as written. */
export function inline(text) {
  return text
    .split(/(`[^`]+`)/)
    .map((piece) => {
      if (/^`[^`]+`$/.test(piece)) return `<code>${escapeHtml(piece.slice(1, -1))}</code>`;
      return escapeHtml(piece)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) =>
          /^(https?:|#|\.\.?\/)/.test(href) ? `<a href="${href}">${label}</a>` : label,
        );
    })
    .join('');
}

const cells = (row) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

/** A block of Markdown as HTML; `shift` lowers heading levels so a README's ### sits under the page's h2. */
export function markdown(source, shift = 0) {
  const lines = source.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? '';
    if (line.startsWith('```')) {
      const end = lines.indexOf('```', i + 1);
      const stop = end === -1 ? lines.length : end;
      out.push(`<pre><code>${escapeHtml(lines.slice(i + 1, stop).join('\n'))}</code></pre>`);
      i = stop + 1;
    } else if (/^#{1,6} /.test(line)) {
      const level = Math.min(6, line.indexOf(' ') + shift);
      out.push(`<h${level}>${inline(line.slice(line.indexOf(' ') + 1))}</h${level}>`);
      i++;
    } else if (line.startsWith('|')) {
      const rows = [];
      while ((lines[i] ?? '').startsWith('|')) rows.push(lines[i++]);
      const [head = '', , ...body] = rows;
      out.push(
        `<div class="table"><table><thead><tr>${cells(head)
          .map((c) => `<th>${inline(c)}</th>`)
          .join('')}</tr></thead><tbody>${body
          .map(
            (r) =>
              `<tr>${cells(r)
                .map((c) => `<td>${inline(c)}</td>`)
                .join('')}</tr>`,
          )
          .join('')}</tbody></table></div>`,
      );
    } else if (/^[-*] /.test(line)) {
      const items = [];
      while (/^[-*] /.test(lines[i] ?? '')) {
        let item = (lines[i++] ?? '').slice(2);
        while (/^ {2,}\S/.test(lines[i] ?? '')) item += ` ${(lines[i++] ?? '').trim()}`;
        items.push(`<li>${inline(item)}</li>`);
      }
      out.push(`<ul>${items.join('')}</ul>`);
    } else if (line.trim() === '') i++;
    else {
      const paragraph = [];
      while ((lines[i] ?? '').trim() !== '' && !/^(```|#{1,6} |\||[-*] )/.test(lines[i] ?? '')) paragraph.push(lines[i++]);
      out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}
