import type * as fontkit from "fontkit";

/**
 * A font whose text layouts (OpenType shaping: kerning, contextual forms) are remembered across
 * documents. Shaping a word with Inter's layout tables takes a few hundred microseconds, and
 * pdfkit's own cache lives and dies with one document, so without this every invoice shaped its
 * labels, the firm's details and the client's name afresh. At most `maxEntries` texts are kept
 * per font (least recently used go first), so memory stays flat however many invoices print.
 *
 * pdfkit scales the positions of a layout in place, so each call hands out fresh position
 * objects; the glyphs are fontkit's own shared, read-only objects.
 */
export function withLayoutCache(font: fontkit.Font, maxEntries: number): fontkit.Font {
  const cache = new Map<string, fontkit.GlyphRun>();
  const cached: fontkit.Font = Object.create(font);
  cached.layout = ((text: string, features?: string[] | Record<string, boolean>) => {
    const key = features === undefined ? `\u0000${text}` : `${featureKey(features)}\u0000${text}`;
    let run = cache.get(key);
    if (run) {
      cache.delete(key);
    } else {
      // fontkit writes its default features into an object it is given: give it a copy.
      run = font.layout(text, Array.isArray(features) ? [...features] : features && { ...features });
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, run);
    return copyOf(run);
  }) as fontkit.Font["layout"];
  return cached;
}

function featureKey(features: string[] | Record<string, boolean>): string {
  return Array.isArray(features) ? features.join(",") : JSON.stringify(features);
}

/** The run's glyphs with new position objects; its width is summed from them, as fontkit does. */
function copyOf(run: fontkit.GlyphRun): fontkit.GlyphRun {
  const positions = run.positions.map((p) => ({ ...p }));
  return {
    glyphs: run.glyphs,
    positions,
    get advanceWidth() {
      let width = 0;
      for (const position of positions) width += position.xAdvance;
      return width;
    },
  } as unknown as fontkit.GlyphRun;
}
