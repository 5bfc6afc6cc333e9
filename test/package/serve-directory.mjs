import {readFileSync, statSync} from 'node:fs';
import {extname, join, normalize, sep} from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'application/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * For a test-runner plugin's `serve` hook: the file of `dir` that a request
 * under `prefix` asks for, or undefined to let the server go on.
 */
export function serveDirectory(dir, prefix, context) {
  if (!dir || !context.path.startsWith(prefix)) return undefined;

  const relative = normalize(
    decodeURIComponent(context.path.slice(prefix.length))
  );
  const file = join(dir, relative || 'index.html');
  if (!file.startsWith(dir + sep)) return undefined;

  try {
    if (!statSync(file).isFile()) return undefined;
  } catch {
    return undefined;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const text = type.startsWith('text') || type.endsWith('json');
  return {body: readFileSync(file, text ? 'utf8' : undefined), type};
}
