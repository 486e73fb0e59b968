import fs from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import { describe, expect, it, vi } from "vitest";
import { withLayoutCache } from "./font-layout-cache.js";

function inter(): fontkit.Font {
  const file = createRequire(import.meta.url).resolve(
    "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf",
  );
  return fontkit.create(fs.readFileSync(file)) as fontkit.Font;
}

const shape = (run: fontkit.GlyphRun) => ({
  glyphs: run.glyphs.map((g) => g.id),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  width: run.advanceWidth,
});

describe("a font with a layout cache", () => {
  it("lays text out exactly as the font does, with and without features", () => {
    const plain = inter();
    const cached = withLayoutCache(inter(), 100);
    for (const text of ["Müller & Søn", "INV-0042", "Tavolo (AV)", "1,234.56"]) {
      expect(shape(cached.layout(text))).toEqual(shape(plain.layout(text)));
      expect(shape(cached.layout(text))).toEqual(shape(plain.layout(text)));
      expect(shape(cached.layout(text, ["tnum"]))).toEqual(shape(plain.layout(text, ["tnum"])));
    }
  });

  it("hands out positions a caller may change without changing the next caller's", () => {
    const cached = withLayoutCache(inter(), 100);
    const first = cached.layout("Total");
    const width = first.advanceWidth;
    for (const p of first.positions) p.xAdvance *= 2;

    expect(first.advanceWidth).toBe(width * 2);
    expect(cached.layout("Total").advanceWidth).toBe(width);
  });

  it("keeps at most its limit of texts, dropping the least recently used", () => {
    const font = inter();
    const layout = vi.spyOn(font, "layout");
    const cached = withLayoutCache(font, 3);
    for (const text of ["a", "b", "c", "a", "d"]) cached.layout(text);
    expect(layout).toHaveBeenCalledTimes(4);

    cached.layout("a"); // kept: used again after b
    expect(layout).toHaveBeenCalledTimes(4);
    cached.layout("b"); // dropped for d
    expect(layout).toHaveBeenCalledTimes(5);
  });
});
