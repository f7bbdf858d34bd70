// The printed page: WebDriver's print command (POST /session/{id}/print, sent as the
// W3C spec words it), and reading the PDF it returns: its number of pages (poppler's
// pdfinfo) and its text (pdftotext), through a temporary file.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function withFile(pdf, read) {
  const dir = mkdtempSync(join(tmpdir(), "print-"));
  try {
    const file = join(dir, "sheet.pdf");
    writeFileSync(file, pdf);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The number of pages pdfinfo reads in `pdf` (a Buffer). */
export function pageCount(pdf) {
  const info = withFile(pdf, (file) => execFileSync("pdfinfo", [file], { encoding: "utf8" }));
  const pages = info.match(/^Pages:\s+(\d+)$/m);
  if (!pages) throw new Error(`pdfinfo gave no page count:\n${info}`);
  return Number(pages[1]);
}

/** The text of `pdf`, as pdftotext lays it out. */
export const pdfText = (pdf) => withFile(pdf, (file) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }));

/**
 * Prints the current page through the driver listening on `driverPort`, on paper of
 * `page` ({ width, height } in cm) with `margin` ({ top, bottom, left, right } in cm),
 * and resolves to the PDF as a Buffer. (WebdriverIO's printPage sends the sizes as
 * top-level fields, which the spec does not define, so the request is made here.)
 */
export async function printPdf(browser, driverPort, { page, margin, background = true, shrinkToFit = false }) {
  const response = await fetch(`http://127.0.0.1:${driverPort}/session/${browser.sessionId}/print`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ orientation: "portrait", page, margin, background, shrinkToFit }),
  });
  const { value } = await response.json();
  if (!response.ok) throw new Error(`print: ${response.status} ${value?.error}: ${value?.message}`);
  return Buffer.from(value, "base64");
}
