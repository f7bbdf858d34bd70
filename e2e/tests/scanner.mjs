// A stand-in for the browser's QR code reader, for the group view's scanner: Chromium on
// Linux has no BarcodeDetector. Installed before the app loads, it reads whatever text
// the test shows it (window.__scan.text, or nothing), and keeps every camera stream the
// app opens (window.__scan.streams) so that the test can see the camera stop.
import { expect } from "@playwright/test";

/**
 * Installs the stand-in in `page` (from its next load). With `paintedCamera`, the camera
 * is a canvas's stream, so that no launch flag is needed.
 */
export async function installScanner(page, { paintedCamera = false } = {}) {
  await page.addInitScript((paintedCamera) => {
    const scan = { text: null, streams: [], formats: null };
    window.__scan = scan;
    window.BarcodeDetector = class {
      static async getSupportedFormats() {
        return ["ean_13", "qr_code"];
      }
      constructor(options) {
        scan.formats = options?.formats ?? null;
      }
      async detect() {
        return scan.text === null ? [] : [{ rawValue: scan.text, format: "qr_code" }];
      }
    };
    const devices = navigator.mediaDevices;
    const open = paintedCamera
      ? async () => {
          const canvas = document.createElement("canvas");
          const paint = () => {
            canvas.getContext("2d").fillRect(0, 0, canvas.width, canvas.height);
            requestAnimationFrame(paint);
          };
          paint();
          return canvas.captureStream(10);
        }
      : devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      scan.constraints = constraints;
      const stream = await open(constraints);
      scan.streams.push(stream);
      return stream;
    };
  }, paintedCamera);
}

/** Makes the stand-in read `text` (null: no code in view). */
export const showCode = (page, text) => page.evaluate((text) => (window.__scan.text = text), text);

/** The camera's tracks still filming, over every stream the app opened. */
export const liveTracks = (page) =>
  page.evaluate(() => window.__scan.streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === "live").length);

/** Opens the group view with the stand-in, starts the scanner, and waits for the camera. */
export async function openScanner(page, options) {
  await installScanner(page, options);
  await page.goto("./#/atelier/groupe");
  await page.reload();
  await page.getByRole("button", { name: "Scanner les codes" }).click();
  await expect(page.getByRole("button", { name: "Arrêter le scanner" })).toBeFocused();
  await expect.poll(() => liveTracks(page)).toBeGreaterThan(0);
}
