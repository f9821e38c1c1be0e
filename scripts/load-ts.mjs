// Imports a TypeScript module of ours from a build script, before tsc has
// run: esbuild bundles it in memory and we import the result.
import * as esbuild from 'esbuild';

export async function importTs(entryPoint) {
  const out = await esbuild.build({ entryPoints: [entryPoint], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
  return import('data:text/javascript;base64,' + Buffer.from(out.outputFiles[0].text).toString('base64'));
}
