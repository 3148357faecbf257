import { gzipSync } from "node:zlib";
import type { Plugin, Rollup } from "vite";

type OutputChunk = Rollup.OutputChunk;
type OutputBundle = Rollup.OutputBundle;

/**
 * Prints the JavaScript a first visit loads (the entry chunk and everything it imports statically),
 * gzipped, against the budget; lazily loaded chunks (charts, other screens) are not counted.
 */
export function reportInitialSize(options: { budgetKb: number }): Plugin {
  return {
    name: "carousel-initial-size",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === "chunk");
      const initial = new Set<string>();
      const visit = (name: string) => {
        if (initial.has(name)) return;
        initial.add(name);
        const chunk = (bundle as OutputBundle)[name];
        if (chunk?.type === "chunk") chunk.imports.forEach(visit);
      };
      chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
      let bytes = 0;
      for (const name of initial) {
        const chunk = (bundle as OutputBundle)[name];
        if (chunk?.type === "chunk") bytes += gzipSync(chunk.code, { level: 9 }).length;
      }
      const kb = bytes / 1024;
      const verdict = kb <= options.budgetKb ? "within" : "OVER";
      console.log(
        `web: initial JavaScript ${kb.toFixed(1)} KB gzipped (${initial.size} chunks), ${verdict} the ${options.budgetKb} KB budget`,
      );
      if (kb > options.budgetKb) this.error(`initial JavaScript over the ${options.budgetKb} KB budget`);
    },
  };
}
