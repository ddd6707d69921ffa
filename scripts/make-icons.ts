// Makes the web app's PNG icons from app/icon.svg (the manifest needs 192 and 512 px, and a
// maskable one whose artwork sits inside the safe circle; iOS its own apple-touch-icon). Run once after changing the icon:
//   npx tsx scripts/make-icons.ts
// The PNGs are committed: building the app never needs sharp.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import sharp from "sharp";

const root = resolve(import.meta.dirname, "..");
const svg = readFileSync(resolve(root, "app/icon.svg"));
const out = (name: string) => resolve(root, "public/icons", name);

for (const size of [192, 512]) {
  await sharp(svg, { density: 600 })
    .resize(size, size)
    .png()
    .toFile(out(`icon-${size}.png`));
}
// Maskable: the launcher may cut it to any shape inside the middle 80 %, so the artwork is drawn
// at 70 % on a full square of the icon's background colour.
const inner = Math.round(512 * 0.7);
const artwork = await sharp(svg, { density: 600 }).resize(inner, inner).png().toBuffer();
await sharp({ create: { width: 512, height: 512, channels: 4, background: "#fbbf24" } })
  .composite([{ input: artwork, gravity: "center" }])
  .png()
  .toFile(out("maskable-512.png"));
// iPad and iPhone ("Add to Home Screen") take apple-touch-icon, 180 px, and show transparency as
// black: the artwork at 80 % on the same full square.
const touch = await sharp(svg, { density: 600 }).resize(144, 144).png().toBuffer();
await sharp({ create: { width: 180, height: 180, channels: 4, background: "#fbbf24" } })
  .composite([{ input: touch, gravity: "center" }])
  .png()
  .toFile(out("apple-touch-icon.png"));
console.log("public/icons: icon-192.png, icon-512.png, maskable-512.png, apple-touch-icon.png");
