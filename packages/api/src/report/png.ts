/**
 * SVG to PNG for Word's fallback image (Word before 2016 and some viewers show only the PNG).
 * resvg-js ships its renderer as a prebuilt binary inside a registry package (no install script,
 * nothing downloaded); it reads the machine's fonts (Debian: DejaVu, which fontconfig needs).
 * Loaded on first use, so importing the API costs nothing until a note is rendered.
 */
import type * as ResvgModule from "@resvg/resvg-js";

let resvg: typeof ResvgModule | undefined;

/** The PNG of an SVG at `scale` times its size (2: sharp when printed at the SVG's width). */
export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  resvg ??= await import("@resvg/resvg-js");
  const r = new resvg.Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: true,
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
    },
    background: "#ffffff",
  });
  return r.render().asPng();
}
