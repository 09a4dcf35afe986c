import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Bundles, minifies and gzips an entry the way a portal or kiosk would ship it. */
export async function bundle(contents: string, resolveDir: string): Promise<{ code: string; minBytes: number; gzipBytes: number }> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return { code: file.text, minBytes: file.contents.length, gzipBytes: gzipSync(file.contents, { level: 9 }).length };
}
