#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16|32|64|80.png) without any image library: a rounded
// teal tile with a white "runway" line that dips and climbs to a dot. Shapes are signed-distance
// tests sampled 4×4 per pixel for anti-aliasing; PNGs are written with node:zlib.
// Run: node scripts/make-icons.mjs   (the PNGs are committed; re-run only to change the design)
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 64, 80];
const TILE = [0x0b, 0x6e, 0x65]; // teal
const INK = [0xff, 0xff, 0xff];
// The line, in a 0..1 square: starts high, dips, climbs past the start (runway extended).
const LINE = [
  [0.2, 0.42],
  [0.4, 0.6],
  [0.58, 0.5],
  [0.78, 0.28],
];
const DOT = LINE[LINE.length - 1];

function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

/** Colour of one sample point: [r, g, b, a] with a in 0..1. */
function sample(x, y, size) {
  if (!insideRoundedSquare(x, y, 0.18)) return [0, 0, 0, 0];
  const stroke = Math.max(0.085, 1.6 / size); // never thinner than ~1.6 px
  let d = Infinity;
  for (let i = 0; i + 1 < LINE.length; i++)
    d = Math.min(d, distToSegment(x, y, LINE[i], LINE[i + 1]));
  const onLine = d <= stroke / 2;
  const onDot = Math.hypot(x - DOT[0], y - DOT[1]) <= stroke * 1.1;
  // Baseline ("the ground the runway runs on").
  const onBase = y >= 0.74 && y <= 0.74 + stroke * 0.6 && x >= 0.16 && x <= 0.84;
  return onLine || onDot || onBase ? [...INK, 1] : [...TILE, 1];
}

function render(size) {
  const N = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const [cr, cg, cb, ca] = sample(
            (px + (sx + 0.5) / N) / size,
            (py + (sy + 0.5) / N) / size,
            size,
          );
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const o = (py * size + px) * 4;
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / (N * N)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  writeFileSync(file, png(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
