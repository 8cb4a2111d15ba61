/**
 * Generates the import test fixtures in tests/fixtures/ (npm run fixtures).
 *
 * Everything here is written by hand for testing: the articles are INVENTED test material
 * about fictional places, not real news. Binary formats are built in code (pdf byte by byte,
 * docx with fflate) so the fixtures are small, deterministic and need no office software.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfString, wrap } from './lib/pdf-text';
import {
  ARTICLE_AFTER_SUBHEADING,
  ARTICLE_PARAGRAPHS,
  ARTICLE_SUBHEADING,
  ARTICLE_TITLE,
  DOCX_HEADING,
  DOCX_PARAGRAPHS,
  DOCX_TITLE,
  PDF_PARAGRAPHS,
  PDF_TITLE,
  UTF16_TEXT,
  UTF8_BOM_TEXT,
  WINDOWS_1252_TEXT,
} from '../tests/fixtures/fixture-text';
import { buildZip } from '../tests/fixtures/zip-builder';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');

// ---------------------------------------------------------------------------------------
// Text files in various encodings

const WINDOWS_1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const mapped = WINDOWS_1252[ch];
    if (mapped !== undefined) return mapped;
    const code = ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`Not encodable in windows-1252: ${ch}`);
    return code;
  });
}

function encodeUtf16le(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let o = 0;
  if (bom) {
    out[o++] = 0xff;
    out[o++] = 0xfe;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[o++] = c & 0xff;
    out[o++] = c >> 8;
  }
  return out;
}


// ---------------------------------------------------------------------------------------
// HTML pages

const NEWS_PAGE = `<!DOCTYPE html>
<!-- TEST FIXTURE: an invented news article for Framewise's import tests. Not real news. -->
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${ARTICLE_TITLE} | The Riverton Test Gazette</title>
  <meta property="og:title" content="${ARTICLE_TITLE}">
  <meta property="og:site_name" content="The Riverton Test Gazette">
  <meta name="author" content="Jo Tester">
  <meta property="article:published_time" content="2024-03-25T08:30:00Z">
  <link rel="stylesheet" href="styles.css">
  <style>.ad { border: 1px solid #ccc; } .cookie { position: fixed; }</style>
  <script>window.analyticsLoaded = true;</script>
</head>
<body>
  <a class="skip" href="#main">Skip to content</a>
  <div class="cookie" id="cookie-banner">
    <p>We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.</p>
    <button>Accept all cookies</button> <button>Cookie settings</button>
  </div>
  <header>
    <div class="logo">The Riverton Test Gazette</div>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  </header>
  <div class="ad ad-top"><span>Advertisement</span><img src="banner.gif" alt="Buy now"></div>
  <main id="main">
    <article>
      <h1>${ARTICLE_TITLE}</h1>
      <p class="byline">By <a href="/authors/jo-tester">Jo Tester</a> · <time datetime="2024-03-25T08:30:00Z">25 March 2024</time></p>
      <div class="share"><a href="https://facebook.example/share">Share on Facebook</a> <a href="https://x.example/share">Share on X</a> <a href="mailto:?subject=bridge">Email</a></div>
      <figure><img src="bridge.jpg" alt="The river at Riverton"><figcaption>Photo: Test Agency / J. Example</figcaption></figure>
      <p>${ARTICLE_PARAGRAPHS[0]}</p>
      <p>${ARTICLE_PARAGRAPHS[1]}</p>
      <div class="ad ad-inline"><p>Advertisement</p></div>
      <p>${ARTICLE_PARAGRAPHS[2]}</p>
      <p><strong>Read more:</strong> <a href="/local/roads">Council to review road repairs budget</a></p>
      <p>${ARTICLE_PARAGRAPHS[3]}</p>
      <h2>${ARTICLE_SUBHEADING}</h2>
      <p>${ARTICLE_AFTER_SUBHEADING[0]}</p>
      <blockquote><p>${ARTICLE_AFTER_SUBHEADING[1]}</p></blockquote>
      <div class="newsletter"><p>Sign up for our newsletter to get the latest local news in your inbox.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>
    </article>
    <aside class="related">
      <h3>Related</h3>
      <ul><li><a href="/a">Town fair returns this summer</a></li><li><a href="/b">New bus timetable announced</a></li></ul>
    </aside>
  </main>
  <footer>
    <p>Follow us on Twitter and Facebook</p>
    <p>© 2024 The Riverton Test Gazette. All rights reserved.</p>
    <ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/contact">Contact us</a></li></ul>
  </footer>
</body>
</html>
`;

/**
 * Every classic way to run code from HTML. Each payload sets a global flag; tests check
 * the flag stays unset and that no markup or URL survives into the imported article.
 */
const HOSTILE_PAGE = `<!DOCTYPE html>
<!-- TEST FIXTURE: hostile markup around an invented article. Not real news. -->
<html>
<head>
  <meta charset="utf-8">
  <meta http-equiv="refresh" content="0; url=javascript:globalThis.__framewisePwned='refresh'">
  <base href="javascript:globalThis.__framewisePwned='base'//">
  <title>Quiet week at the Fenwick observatory</title>
  <style>body { background: url("javascript:globalThis.__framewisePwned='css'"); } @import url(evil.css);</style>
  <script>globalThis.__framewisePwned = 'script';</script>
  <script src="https://evil.example/x.js"></script>
</head>
<body onload="globalThis.__framewisePwned='onload'">
  <iframe src="javascript:globalThis.__framewisePwned='iframe'"></iframe>
  <iframe srcdoc="<script>parent.__framewisePwned='srcdoc'</script>"></iframe>
  <object data="javascript:globalThis.__framewisePwned='object'"></object>
  <embed src="javascript:globalThis.__framewisePwned='embed'">
  <article>
    <h1 onclick="globalThis.__framewisePwned='onclick'">Quiet week at the Fenwick observatory</h1>
    <p>Astronomers at the invented Fenwick observatory reported a quiet week, with clear skies on only two nights out of seven.<img src="x" onerror="globalThis.__framewisePwned='onerror'"></p>
    <p>The team used the cloudy nights to service the main telescope, the observatory's director said in a weekly note to visitors.</p>
    <p>Visitors can book evening tours again from next month. <a href="javascript:globalThis.__framewisePwned='link'">Booking details</a> are on the noticeboard at the entrance.</p>
    <svg width="10" height="10" onload="globalThis.__framewisePwned='svg-onload'"><script>globalThis.__framewisePwned='svg-script'</script><text x="0" y="10">svg text</text></svg>
    <p>The observatory thanked local schools for their drawings of the night sky, which now hang in the entrance hall.</p>
    <form action="javascript:globalThis.__framewisePwned='form'"><input name="q" value="form value" onfocus="globalThis.__framewisePwned='onfocus'" autofocus><button formaction="javascript:globalThis.__framewisePwned='button'">Go</button></form>
    <math><mi xlink:href="javascript:globalThis.__framewisePwned='math'">math text</mi></math>
    <details open ontoggle="globalThis.__framewisePwned='ontoggle'"><summary>More</summary></details>
    <video><source onerror="globalThis.__framewisePwned='video'"></video>
    <noscript><p>noscript text</p></noscript>
    <template><p>template text</p></template>
  </article>
</body>
</html>
`;

// ---------------------------------------------------------------------------------------
// A .docx: zipped by the shared fixture zip builder (fflate)

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function docxParagraph(text: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  // Split one paragraph into two runs (one bold) to check runs are joined without gaps.
  const cut = text.indexOf(' ', Math.floor(text.length / 2));
  if (style || cut < 0) return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${xmlEscape(text.slice(0, cut))}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${xmlEscape(text.slice(cut))}</w:t></w:r></w:p>`;
}


function buildDocx(): Uint8Array {
  const body = [
    docxParagraph(DOCX_TITLE, 'Title'),
    docxParagraph(DOCX_PARAGRAPHS[0]),
    docxParagraph(DOCX_PARAGRAPHS[1]),
    docxParagraph(DOCX_HEADING, 'Heading1'),
    docxParagraph(DOCX_PARAGRAPHS[2]),
  ].join('');
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'word/styles.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    },
  ]);
}

/**
 * Office's password protection wraps the encrypted package in an OLE compound file. This
 * stand-in has the OLE signature and the two stream names Office writes (UTF-16LE), which
 * is what the importer sniffs; it is not a complete compound file.
 */
function buildEncryptedDocxStandIn(): Uint8Array {
  const out = new Uint8Array(1536);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  out.set(encodeUtf16le('EncryptionInfo', false), 1024);
  out.set(encodeUtf16le('EncryptedPackage', false), 1152);
  return out;
}

// ---------------------------------------------------------------------------------------
// PDFs written by hand (xref offsets computed from the bytes)


interface PdfObject {
  /** Object body without "n 0 obj" / "endobj". For streams: dictionary entries and data. */
  dict?: string;
  stream?: Buffer;
  raw?: string;
}

function writePdf(objects: PdfObject[], trailerExtra = ''): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(length);
    let body: Buffer;
    if (obj.stream) {
      body = Buffer.concat([
        Buffer.from(`${i + 1} 0 obj\n<< ${obj.dict ?? ''} /Length ${obj.stream.length} >>\nstream\n`, 'latin1'),
        obj.stream,
        Buffer.from('\nendstream\nendobj\n', 'latin1'),
      ]);
    } else {
      body = Buffer.from(`${i + 1} 0 obj\n${obj.raw}\nendobj\n`, 'latin1');
    }
    parts.push(body);
    length += body.length;
  });
  const xrefOffset = length;
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  parts.push(Buffer.from(xref + trailer, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}


function pageContent(blocks: { text: string; heading?: boolean }[], pageNumber: number): Buffer {
  const ops: string[] = [];
  let y = 760;
  for (const block of blocks) {
    if (block.heading) {
      ops.push(`BT /F2 18 Tf 72 ${y} Td ${pdfString(block.text)} Tj ET`);
      y -= 34;
      continue;
    }
    const lines = wrap(block.text, 85);
    ops.push(`BT /F1 11 Tf 14 TL 72 ${y} Td`);
    lines.forEach((line, i) => ops.push(`${i === 0 ? '' : 'T* '}${pdfString(line)} Tj`));
    ops.push('ET');
    y -= lines.length * 14 + 14;
  }
  ops.push(`BT /F1 9 Tf 300 40 Td ${pdfString(String(pageNumber))} Tj ET`);
  return Buffer.from(ops.join('\n'), 'latin1');
}

function buildTextPdf(): Uint8Array {
  const page1 = pageContent([{ text: PDF_TITLE, heading: true }, { text: PDF_PARAGRAPHS[0] }, { text: PDF_PARAGRAPHS[1] }], 1);
  const page2 = pageContent([{ text: PDF_PARAGRAPHS[2] }], 2);
  const fonts = '/Font << /F1 7 0 R /F2 8 0 R >>';
  return writePdf(
    [
      { raw: '<< /Type /Catalog /Pages 2 0 R >>' },
      { raw: '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>' },
      { raw: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << ${fonts} >> /Contents 5 0 R >>` },
      { raw: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << ${fonts} >> /Contents 6 0 R >>` },
      { stream: page1 },
      { stream: page2 },
      { raw: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
      { raw: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>' },
      { raw: `<< /Title ${pdfString(PDF_TITLE)} /Producer (Framewise fixture script) >>` },
    ],
    '/Info 9 0 R ',
  );
}

/** A "scan": one page with only drawn shapes, no text layer. */
function buildScannedPdf(): Uint8Array {
  const drawing = Buffer.from('0.8 g 72 500 450 250 re f 0 g 72 480 m 522 480 l S', 'latin1');
  return writePdf([
    { raw: '<< /Type /Catalog /Pages 2 0 R >>' },
    { raw: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { raw: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>' },
    { stream: drawing },
  ]);
}

// Standard security handler, revision 2 (40-bit RC4), user password "secret".
const PDF_PASSWORD_PAD = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padPassword = (pw: string): Buffer => Buffer.concat([Buffer.from(pw, 'latin1'), PDF_PASSWORD_PAD]).subarray(0, 32);

function buildEncryptedPdf(): Uint8Array {
  const userPw = padPassword('secret');
  const ownerPw = padPassword('owner-secret');
  const fileId = md5(Buffer.from('framewise-encrypted-fixture'));
  const permissions = -44;
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const o = rc4(md5(ownerPw).subarray(0, 5), userPw);
  const key = md5(userPw, o, p, fileId).subarray(0, 5);
  const u = rc4(key, PDF_PASSWORD_PAD);
  const objectKey = (num: number): Buffer => md5(key, Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0])).subarray(0, 10);
  const content = pageContent([{ text: 'Secret minutes', heading: true }, { text: PDF_PARAGRAPHS[0] }], 1);
  return writePdf(
    [
      { raw: '<< /Type /Catalog /Pages 2 0 R >>' },
      { raw: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { raw: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>' },
      { stream: rc4(objectKey(4), content) },
      { raw: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
      { raw: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>' },
      { raw: `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${permissions} >>` },
    ],
    `/Encrypt 7 0 R /ID [<${fileId.toString('hex')}> <${fileId.toString('hex')}>] `,
  );
}

// ---------------------------------------------------------------------------------------

const MARKDOWN = `# Town *garden* scheme wins award

The community garden scheme in the invented town of Elmstead has won a **regional award**, the judges said on Wednesday.
The scheme turned three empty lots into vegetable gardens.

Advertisement

## Who runs it

- Volunteers from the _Elmstead Garden Club_ run the plots.
- Schools use one plot for [science lessons](https://example.org/lessons).

Read more: Elmstead library plans summer reading club
`;

function binaryBytes(): Uint8Array {
  // A deterministic pseudo-random blob with NUL bytes, like an image or program.
  const out = new Uint8Array(2048);
  let x = 0x12345678;
  for (let i = 0; i < out.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  out[10] = 0;
  return out;
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const docx = buildDocx();
  const files: Record<string, Uint8Array | string> = {
    'news-page.html': NEWS_PAGE,
    'hostile.html': HOSTILE_PAGE,
    'windows-1252.txt': encodeWindows1252(WINDOWS_1252_TEXT),
    'utf16le-bom.txt': encodeUtf16le(UTF16_TEXT, true),
    'utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(UTF8_BOM_TEXT, 'utf8')]),
    'article.md': MARKDOWN,
    'article.docx': docx,
    'corrupt.docx': docx.subarray(0, 180),
    'encrypted.docx': buildEncryptedDocxStandIn(),
    'article.pdf': buildTextPdf(),
    'scanned.pdf': buildScannedPdf(),
    'encrypted.pdf': buildEncryptedPdf(),
    'empty.txt': '',
    'whitespace.txt': ' \r\n\t\n  \n',
    'binary.bin': binaryBytes(),
    'binary.txt': binaryBytes(),
    'pdf-named.txt': buildTextPdf(),
  };
  for (const [name, content] of Object.entries(files)) {
    const path = join(OUT, name);
    writeFileSync(path, content);
    console.log(`wrote ${path} (${typeof content === 'string' ? Buffer.byteLength(content) : content.length} bytes)`);
  }
}

main();
