/**
 * Large but ordinary article files for the main-thread measurement (import-longtasks.spec.ts):
 * a long Word document, a long PDF with a real text layer and a big saved web page.
 */
import { deflateSync } from 'node:zlib';
import { buildDocx, docxParagraphXml } from '../../fixtures/docx-builder';
import { pdfString, wrap } from '../../../scripts/lib/pdf-text';

const TOWNS = ['Alderford', 'Brookmere', 'Cairnholt', 'Dalewick', 'Elmstead', 'Fernhollow', 'Glenmouth', 'Holtby'];

/** A paragraph of plain news prose (~240 characters), different for each i. */
export function paragraph(i: number): string {
  const town = TOWNS[i % TOWNS.length];
  return (
    `The council of ${town} voted on Tuesday to spend ${100 + (i % 900)} thousand on repairs to the old library, officials said. ` +
    `Residents told reporters that the building had been closed for ${2 + (i % 9)} months and that the delay was hard on older readers.`
  );
}

export function largeDocx(paragraphs: number): Uint8Array {
  const xml = [docxParagraphXml('Libraries across the county wait for repairs'), ...Array.from({ length: paragraphs }, (_, i) => docxParagraphXml(paragraph(i)))].join('');
  return buildDocx(xml);
}

export function largeHtml(paragraphs: number): string {
  const chrome = '<nav><ul>' + Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('') + '</ul></nav>';
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${paragraph(i)}</p>${i % 25 === 24 ? '<div class="ad"><span>Advertisement</span></div>' : ''}`).join('');
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>Libraries wait for repairs</title><meta name="author" content="Jane Roe"></head>` +
    `<body>${chrome}<main><article><h1>Libraries across the county wait for repairs</h1>${body}</article></main>` +
    `<aside>${'<div><p>Related story</p></div>'.repeat(50)}</aside><footer>© 2024 The County Gazette</footer></body></html>`
  );
}


/** A PDF of `pages` pages of Helvetica text, about 45 lines a page, each page's content stream deflated. */
export function largePdf(pages: number): Uint8Array {
  const objects: (string | Buffer)[] = [];
  const pageIds: number[] = [];
  // 1 catalog, 2 pages, 3 font; then per page: page object, content stream.
  const fontId = 3;
  let k = 0;
  for (let p = 0; p < pages; p++) {
    const ops: string[] = [];
    let y = 780;
    while (y > 80) {
      const lines = wrap(paragraph(k++), 85);
      ops.push(`BT /F1 11 Tf 14 TL 72 ${y} Td`);
      lines.forEach((line, i) => ops.push(`${i === 0 ? '' : 'T* '}${pdfString(line)} Tj`));
      ops.push('ET');
      y -= lines.length * 14 + 12;
    }
    const pageId = 4 + p * 2;
    pageIds.push(pageId);
    objects[pageId - 1] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId] = deflateSync(Buffer.from(ops.join('\n'), 'latin1'));
  }
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`;
  objects[2] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(length);
    const body =
      typeof obj === 'string'
        ? Buffer.from(`${i + 1} 0 obj\n${obj}\nendobj\n`, 'latin1')
        : Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${obj.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), obj, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    parts.push(body);
    length += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
