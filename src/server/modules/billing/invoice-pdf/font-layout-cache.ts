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
  const cache = new Map<string, Layout>();
  const cached: fontkit.Font = Object.create(font);
  cached.layout = ((text: string, features?: string[] | Record<string, boolean>) => {
    const key = features === undefined ? `\u0000${text}` : `${featureKey(features)}\u0000${text}`;
    let layout = cache.get(key);
    if (layout) {
      cache.delete(key);
    } else {
      // fontkit writes its default features into an object it is given: give it a copy.
      layout = compact(
        font.layout(text, Array.isArray(features) ? [...features] : features && { ...features }),
      );
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, layout);
    return glyphRun(layout);
  }) as fontkit.Font["layout"];
  return cached;
}

/** A layout as kept: its glyphs and, per glyph, x advance, y advance, x offset, y offset. */
interface Layout {
  glyphs: fontkit.Glyph[];
  positions: Float64Array;
}

function featureKey(features: string[] | Record<string, boolean>): string {
  return Array.isArray(features) ? features.join(",") : JSON.stringify(features);
}

function compact(run: fontkit.GlyphRun): Layout {
  const positions = new Float64Array(run.positions.length * 4);
  run.positions.forEach((p, i) => {
    positions.set([p.xAdvance, p.yAdvance, p.xOffset, p.yOffset], i * 4);
  });
  return { glyphs: run.glyphs, positions };
}

/** What pdfkit reads of a layout: glyphs, positions, and the width summed from the positions. */
function glyphRun(layout: Layout): fontkit.GlyphRun {
  const p = layout.positions;
  const positions = layout.glyphs.map((_, i) => ({
    xAdvance: p[i * 4]!,
    yAdvance: p[i * 4 + 1]!,
    xOffset: p[i * 4 + 2]!,
    yOffset: p[i * 4 + 3]!,
  }));
  return {
    glyphs: layout.glyphs,
    positions,
    get advanceWidth() {
      let width = 0;
      for (const position of positions) width += position.xAdvance;
      return width;
    },
  } as unknown as fontkit.GlyphRun;
}
