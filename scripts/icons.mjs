#!/usr/bin/env node
// The app's PNG icons, drawn from the same shapes as public/favicon.svg (a blue rounded
// square, three white lines, a blue dot on each) and written to public/:
//   icon-192.png, icon-512.png      purpose "any": the rounded square, transparent corners
//   icon-maskable-512.png           purpose "maskable": full-bleed blue, the lines well
//                                   inside the 80 % safe zone (checked below)
//   apple-touch-icon.png (180×180)  opaque, as iOS wants it
// No dependency: each pixel is sampled 4×4 times (anti-aliasing), then encoded as an RGBA
// PNG with node:zlib. Run once after changing the look: node scripts/icons.mjs
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

/** The colour at (x, y) of the viewBox, or null for transparent. */
function colour(x, y, fullBleed) {
  if (!fullBleed && !inRoundedSquare(x, y)) return null;
  return onLine(x, y) && !onDot(x, y) ? WHITE : BLUE;
}

function render(size, fullBleed) {
  const N = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const c = colour(((px + (sx + 0.5) / N) * 64) / size, ((py + (sy + 0.5) / N) * 64) / size, fullBleed);
          if (c) [r, g, b, a] = [r + c[0], g + c[1], b + c[2], a + 1];
        }
      }
      const i = (py * size + px) * 4;
      if (a) rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a * 255) / (N * N))], i);
    }
  }
  return rgba;
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

/** A PNG file: 8-bit RGBA, every row with the "up" filter (flat areas become zeros). */
function png(size, rgba) {
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 2;
    for (let x = 0; x < stride; x++) {
      const above = y ? rgba[(y - 1) * stride + x] : 0;
      raw[y * (stride + 1) + 1 + x] = (rgba[y * stride + x] - above) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
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
