#!/usr/bin/env node
// The app's PNG icons, drawn from the same shapes as public/favicon.svg (a blue rounded
// square, three white lines, a blue dot on each) and written to public/:
//   icon-192.png, icon-512.png      purpose "any": the rounded square, transparent corners
//   icon-maskable-512.png           purpose "maskable": full-bleed blue, the lines well
//                                   inside the 80 % safe zone (checked below)
//   apple-touch-icon.png (180×180)  opaque, as iOS wants it
// No dependency: each pixel is sampled 4×4 times (anti-aliasing); the PNG (node:zlib) has
// a palette of the few blends of blue, white and transparency that this gives, which
// keeps the files small (the service worker fetches them on a first visit).
// Run once after changing the look: node scripts/icons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

// The favicon's drawing, in its 64×64 viewBox.
const BLUE = [0x1d, 0x4e, 0x89];
const WHITE = [0xff, 0xff, 0xff];
const LINES = [22, 32, 42].map((y) => ({ y, x1: 18, x2: 46, half: 2.5 }));
const DOTS = [[24, 22], [40, 32], [28, 42]].map(([x, y]) => ({ x, y, r: 3 }));

// Every white pixel lies within this distance of the centre (32, 32): the corners of the
// lines' rounded ends. The maskable safe zone is a circle of 40 % of the icon's size.
const reach = Math.max(...LINES.map((l) => Math.hypot(Math.max(32 - l.x1, l.x2 - 32) + l.half, Math.abs(l.y - 32) + l.half)));
if (reach / 64 > 0.4) throw new Error(`icons: the drawing reaches ${reach} units from the centre, out of the safe zone`);

const inRoundedSquare = (x, y, r = 14) => {
  const dx = Math.max(r - x, 0, x - (64 - r));
  const dy = Math.max(r - y, 0, y - (64 - r));
  return x >= 0 && x <= 64 && y >= 0 && y <= 64 && dx * dx + dy * dy <= r * r;
};
const onLine = (x, y) => LINES.some((l) => Math.hypot(x - Math.min(Math.max(x, l.x1), l.x2), y - l.y) <= l.half);
const onDot = (x, y) => DOTS.some((d) => Math.hypot(x - d.x, y - d.y) <= d.r);

/** What covers (x, y) of the viewBox: "white", "blue", or null (transparent). */
function colour(x, y, fullBleed) {
  if (!fullBleed && !inRoundedSquare(x, y)) return null;
  return onLine(x, y) && !onDot(x, y) ? "white" : "blue";
}

/** Each pixel as [opacity, share of white], both in 16 steps (0–15). */
function render(size, fullBleed) {
  const N = 4;
  const pixels = [];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0, white = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const c = colour(((px + (sx + 0.5) / N) * 64) / size, ((py + (sy + 0.5) / N) * 64) / size, fullBleed);
          if (c) covered++;
          if (c === "white") white++;
        }
      }
      pixels.push([Math.round((covered * 15) / (N * N)), covered ? Math.round((white * 15) / covered) : 0]);
    }
  }
  return pixels;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => (bytes.reduce((c, byte) => CRC[(c ^ byte) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A PNG file: 8-bit indexed colour, with only the blends used, translucent ones first
 * (so that the tRNS chunk can stop at the last of them). */
function png(size, pixels) {
  const keys = [...new Set(pixels.map(([a, w]) => a * 16 + w))].sort((k, l) => (k >= 240) - (l >= 240) || k - l);
  const index = new Map(keys.map((key, i) => [key, i]));
  const mix = (w, c) => Math.round(BLUE[c] + ((WHITE[c] - BLUE[c]) * w) / 15);
  const palette = Buffer.from(keys.flatMap((key) => [0, 1, 2].map((c) => mix(key % 16, c))));
  const alpha = Buffer.from(keys.filter((key) => key < 240).map((key) => Math.round((Math.floor(key / 16) * 255) / 15)));
  const raw = Buffer.alloc((size + 1) * size);
  pixels.forEach(([a, w], i) => {
    raw[Math.floor(i / size) * (size + 1) + 1 + (i % size)] = index.get(a * 16 + w);
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("PLTE", palette),
    ...(alpha.length ? [chunk("tRNS", alpha)] : []),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const icons = [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-512.png", 512, true],
  ["apple-touch-icon.png", 180, true],
];
for (const [name, size, fullBleed] of icons) {
  const file = new URL(`../public/${name}`, import.meta.url);
  const bytes = png(size, render(size, fullBleed));
  writeFileSync(file, bytes);
  console.log(`public/${name}: ${size}×${size}, ${bytes.length} bytes`);
}
