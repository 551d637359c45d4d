import type { Block, FormDocument, Run } from './form-document';

/** One self-contained page per form: A4 print CSS, Times New Roman 13pt, every user text escaped. */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/** Escaped text with `\n` as line breaks. */
const lines = (text: string) => text.split('\n').map(escapeHtml).join('<br>');

function runs(rs: readonly Run[]): string {
  return rs
    .map((r) => {
      let html = lines(r.text);
      if (r.italic) html = `<i>${html}</i>`;
      if (r.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `<div class="title"><h1>${escapeHtml(b.text)}</h1>${b.lines.map((l) => `<p>${runs(l)}</p>`).join('')}</div>`;
    case 'paragraph': {
      const cls = [b.indent ? 'indent' : '', b.align ? `al-${b.align}` : ''].filter(Boolean).join(' ');
      return `<p${cls ? ` class="${cls}"` : ''}>${runs(b.runs)}</p>`;
    }
    case 'list':
      return `<ol>${b.items.map((i) => `<li>${lines(i)}</li>`).join('')}</ol>`;
    case 'table': {
      const cols = b.columns.map((c) => `<col style="width:${c.width}%">`).join('');
      const head = b.columns.map((c) => `<th>${escapeHtml(c.title)}</th>`).join('');
      const body =
        b.rows.length === 0
          ? `<tr><td colspan="${b.columns.length}" class="al-center"><i>${escapeHtml(b.empty ?? '')}</i></td></tr>`
          : b.rows
              .map(
                (r) =>
                  `<tr>${r.map((cell, i) => `<td${b.columns[i]?.align ? ` class="al-${b.columns[i].align}"` : ''}>${lines(cell)}</td>`).join('')}</tr>`,
              )
              .join('');
      return `<table class="grid"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
    case 'signatures':
      return `<table class="signatures"><tr>${b.columns
        .map(
          (c) =>
            `<td><b>${escapeHtml(c.title)}</b><br><i>${escapeHtml(c.hint)}</i><div class="sign-space"></div><b>${escapeHtml(c.name)}</b></td>`,
        )
        .join('')}</tr></table>`;
    case 'qr':
      return `<figure class="qr"><img src="data:image/png;base64,${Buffer.from(b.png).toString('base64')}" alt="${escapeHtml(
        `Mã QR tra cứu hồ sơ: ${b.url}`,
      )}" width="113" height="113"><figcaption>${escapeHtml(b.caption)}<br><span class="url">${escapeHtml(b.url)}</span></figcaption></figure>`;
  }
}

function css(landscape: boolean): string {
  return `@page { size: A4${landscape ? ' landscape' : ''}; margin: ${landscape ? '15mm 15mm 15mm 20mm' : '20mm 15mm 20mm 30mm'}; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Times New Roman', Times, serif; font-size: 13pt; line-height: 1.35; color: #000; background: #fff; }
.page { max-width: ${landscape ? '262mm' : '165mm'}; margin: 0 auto; padding: 8mm 0; }
@media print { .page { max-width: none; padding: 0; } }
.header { width: 100%; border-collapse: collapse; margin-bottom: 10pt; }
.header td { vertical-align: top; text-align: center; padding: 0; }
.header .left { width: 40%; } .header .right { width: 60%; }
.header .rule { display: block; width: 35%; margin: 2pt auto 4pt; border-top: 1px solid #000; }
.header .dateline { font-style: italic; margin-top: 6pt; }
.header p { margin: 0; }
.title { text-align: center; margin: 12pt 0 10pt; }
.title h1 { font-size: 14pt; font-weight: bold; margin: 0 0 4pt; }
.title p { margin: 0; }
p { margin: 0 0 5pt; }
p.indent { text-indent: 1cm; }
.al-center { text-align: center; } .al-right { text-align: right; } .al-justify { text-align: justify; } .al-left { text-align: left; }
ol { margin: 0 0 6pt; padding-left: 1.6cm; }
table.grid { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; table-layout: fixed; ${landscape ? 'font-size: 11pt;' : ''} }
table.grid th, table.grid td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; word-wrap: break-word; }
table.grid th { text-align: center; font-weight: bold; vertical-align: middle; }
table.grid thead { display: table-header-group; }
table.grid tr { page-break-inside: avoid; }
.signatures { width: 100%; border-collapse: collapse; margin-top: 12pt; page-break-inside: avoid; }
.signatures td { text-align: center; vertical-align: top; }
.sign-space { height: 25mm; }
.qr { margin: 8pt 0; display: flex; align-items: center; gap: 10pt; page-break-inside: avoid; }
.qr img { width: 30mm; height: 30mm; image-rendering: pixelated; }
.qr figcaption { font-size: 11pt; font-style: italic; }
.qr .url { font-style: normal; word-break: break-all; }`;
}

function header(doc: FormDocument): string {
  const h = doc.header;
  const left = [
    h.parentName ? `<p>${escapeHtml(h.parentName)}</p>` : '',
    `<p><b>${escapeHtml(h.unitName)}</b></p><span class="rule"></span>`,
    h.number ? `<p>${escapeHtml(h.number)}</p>` : '',
  ].join('');
  const right = [
    '<p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>',
    '<p><b>Độc lập - Tự do - Hạnh phúc</b></p><span class="rule"></span>',
    h.dateline ? `<p class="dateline">${escapeHtml(h.dateline)}</p>` : '',
  ].join('');
  return `<table class="header"><tr><td class="left">${left}</td><td class="right">${right}</td></tr></table>`;
}

export function renderHtml(doc: FormDocument): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${doc.formLabel}: ${doc.title}`)}</title>
<style>
${css(doc.orientation === 'landscape')}
</style>
</head>
<body>
<main class="page" data-form="${escapeHtml(doc.formLabel)}">
${header(doc)}
${doc.blocks.map(block).join('\n')}
</main>
</body>
</html>
`;
}
