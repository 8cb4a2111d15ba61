/**
 * Draws the Framewise app icon and writes resources/icon.png (512x512 RGBA PNG, no
 * dependencies beyond node:zlib): a dark rounded square with a white "F" built from
 * rectangles and a small amber "highlight" mark — the app highlights cues in text.
 *
 *   npx tsx scripts/make-icon.ts [output.png] [size]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [0x1e, 0x29, 0x3b];
const LETTER: Rgb = [0xff, 0xff, 0xff];
const ACCENT: Rgb = [0xf5, 0xb7, 0x2e];

// Shapes in a 512-unit design space.
const SQUARE = { x0: 32, y0: 32, x1: 480, y1: 480, radius: 104 };
const LETTER_RECTS = [
  { x0: 168, y0: 128, x1: 236, y1: 384 }, // stem
  { x0: 168, y0: 128, x1: 352, y1: 188 }, // top arm
  { x0: 168, y0: 232, x1: 320, y1: 290 }, // middle arm
];
const ACCENT_RECT = { x0: 272, y0: 332, x1: 352, y1: 384 };

function insideRoundedSquare(x: number, y: number): boolean {
  const { x0, y0, x1, y1, radius } = SQUARE;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
  const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideRect(x: number, y: number, r: { x0: number; y0: number; x1: number; y1: number }): boolean {
  return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;
}

/** RGBA pixels, anti-aliased by 4x4 supersampling. */
export function renderIcon(size = 512): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  const scale = 512 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let coverage = 0;
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          if (!insideRoundedSquare(x, y)) continue;
          const colour = LETTER_RECTS.some((rect) => insideRect(x, y, rect))
            ? LETTER
            : insideRect(x, y, ACCENT_RECT)
              ? ACCENT
              : BACKGROUND;
          coverage++;
          r += colour[0];
          g += colour[1];
          b += colour[2];
        }
      }
      const offset = (py * size + px) * 4;
      if (coverage > 0) {
        pixels[offset] = Math.round(r / coverage);
        pixels[offset + 1] = Math.round(g / coverage);
        pixels[offset + 2] = Math.round(b / coverage);
        pixels[offset + 3] = Math.round((255 * coverage) / (samples * samples));
      }
    }
  }
  return pixels;
}


function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** Encodes 8-bit RGBA pixels as a PNG (filter type 0 on every row). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const output = resolve(process.argv[2] ?? 'resources/icon.png');
  const size = Number(process.argv[3] ?? 512);
  writeFileSync(output, encodePng(size, size, renderIcon(size)));
  console.log(`wrote ${output} (${size}x${size})`);
}
