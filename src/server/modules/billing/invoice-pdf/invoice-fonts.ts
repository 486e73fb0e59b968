import fs from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import { withLayoutCache } from "./font-layout-cache.js";

/**
 * Inter (SIL Open Font License 1.1), from the npm package @expo-google-fonts/inter, which holds
 * Google Fonts' static TrueType files. The PDF standard fonts are WinAnsi-encoded and miss
 * letters Kontor's users write (õ š ž, Polish, Czech…); Inter has all of Latin Extended plus
 * Greek and Cyrillic, and tabular figures that keep amount columns aligned.
 *
 * The fonts are read and parsed once per process and every PDF draws with the same fontkit
 * objects (pdfkit takes one in place of a file): parsing Inter's large layout tables again for
 * each document cost more than drawing the invoice. Each PDF embeds only the glyphs it uses.
 */
export type InvoiceFont = "regular" | "semiBold";

const FILES: Record<InvoiceFont, string> = {
  regular: "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf",
  semiBold: "@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf",
};

/**
 * The fonts' PostScript names: pdfkit keeps a document's opened fonts under them, so selecting
 * a font by this name reuses it, where selecting it by an alias (registerFont) would parse the
 * font file again on every switch.
 */
export const INVOICE_FONT_NAMES: Record<InvoiceFont, string> = {
  regular: "Inter-Regular",
  semiBold: "Inter-SemiBold",
};

/** Texts whose layout each font remembers: an invoice has a few hundred distinct words and numbers. */
const LAYOUTS_KEPT = 5_000;

let loaded: Record<InvoiceFont, fontkit.Font> | undefined;

export function invoiceFonts(): Record<InvoiceFont, fontkit.Font> {
  if (!loaded) {
    // Resolved from this module (or the server bundle): the fonts stay in node_modules.
    const resolve = createRequire(import.meta.url).resolve;
    const open = (font: InvoiceFont) => {
      const parsed = fontkit.create(fs.readFileSync(resolve(FILES[font])));
      if (!("layout" in parsed) || parsed.postscriptName !== INVOICE_FONT_NAMES[font]) {
        throw new Error(`${FILES[font]} is not the font ${INVOICE_FONT_NAMES[font]}.`);
      }
      // fontkit keeps one glyph object per glyph with the characters it was first made for, and
      // pdfkit writes those into the PDF's text layer. Embedding a PDF's subset makes the parts of
      // an accented letter without characters (W inside Ŵ), and a later PDF would then draw a W
      // that copies and searches as nothing. Making every glyph from its character first prevents
      // it; not from the private-use characters Inter also maps to its alternates (the hyphen
      // between capitals would copy as U+E088).
      for (const codePoint of parsed.characterSet) {
        if (!isPrivateUse(codePoint)) parsed.glyphForCodePoint(codePoint);
      }
      return withLayoutCache(parsed, LAYOUTS_KEPT);
    };
    loaded = { regular: open("regular"), semiBold: open("semiBold") };
  }
  return loaded;
}

function isPrivateUse(codePoint: number): boolean {
  return (codePoint >= 0xe000 && codePoint <= 0xf8ff) || codePoint >= 0xf0000;
}
