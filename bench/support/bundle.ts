import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** How a portal's or the kiosk's bundler ships an entry: bundled, minified, for current browsers. */
const shipping = (contents: string, resolveDir: string) =>
  ({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  }) as const;

/** Bundles, minifies and gzips an entry the way a portal or kiosk would ship it. */
export async function bundle(contents: string, resolveDir: string): Promise<{ code: string; minBytes: number; gzipBytes: number }> {
  const result = await build(shipping(contents, resolveDir));
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return { code: file.text, minBytes: file.contents.length, gzipBytes: gzipSync(file.contents, { level: 9 }).length };
}

export interface Shipped {
  minBytes: number;
  /** Each file gzipped on its own, as a server sends it. */
  gzipBytes: number;
  files: number;
}

/**
 * Bundles an entry as a portal's bundler does with code splitting: what the page loads to start
 * (the entry and every chunk it imports statically) apart from the chunks that load only when
 * code asks for them with `import()` (such as the QR encoder once a notice is issued).
 */
export async function bundleStart(contents: string, resolveDir: string): Promise<{ start: Shipped; onDemand: Shipped }> {
  const result = await build({
    ...shipping(contents, resolveDir),
    splitting: true,
    outdir: '/bench-out',
    entryNames: 'entry',
    metafile: true,
  });
  const outputs = result.metafile.outputs;
  const key = (path: string) => Object.keys(outputs).find((name) => path.endsWith(name.replace(/^.*?bench-out/, 'bench-out')));
  // Only the page's own entry: esbuild also names an entry point on every chunk made for an `import()`.
  const entry = Object.keys(outputs).find((name) => outputs[name]?.entryPoint === '<stdin>');
  if (!entry) throw new Error('esbuild produced no entry chunk');
  const start = new Set<string>();
  const visit = (name: string) => {
    if (start.has(name)) return;
    start.add(name);
    for (const imported of outputs[name]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  const total = (inStart: boolean): Shipped => {
    const files = result.outputFiles.filter((file) => {
      const name = key(file.path);
      return name?.endsWith('.js') === true && start.has(name) === inStart;
    });
    return {
      minBytes: files.reduce((sum, file) => sum + file.contents.length, 0),
      gzipBytes: files.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).length, 0),
      files: files.length,
    };
  };
  return { start: total(true), onDemand: total(false) };
}
