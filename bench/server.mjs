import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 with every response compressed ahead of time,
 * as a static host would, and never cached by the browser.
 */
export async function serve(dir) {
  const files = new Map();

  async function load(path) {
    if (!files.has(path)) {
      const body = await readFile(path);
      files.set(path, {
        body,
        br: brotliCompressSync(body, {
          params: {[constants.BROTLI_PARAM_QUALITY]: 11},
        }),
        gzip: gzipSync(body, {level: 9}),
      });
    }
    return files.get(path);
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const path = join(dir, normalize(url.pathname));
    const type = TYPES[extname(path)];
    if (!path.startsWith(dir) || !type) return notFound(response);

    let file;
    try {
      file = await load(path);
    } catch {
      return notFound(response);
    }

    const accepts = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts)
      ? 'br'
      : /\bgzip\b/.test(accepts)
        ? 'gzip'
        : 'identity';
    const body = encoding === 'identity' ? file.body : file[encoding];
    response.writeHead(200, {
      'content-type': type,
      'content-encoding': encoding,
      'content-length': body.length,
      'cache-control': 'no-store',
      // Cross-origin isolation gives performance.now() 5 µs steps instead
      // of 100 µs, which a keystroke needs.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    response.end(body);
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** The brotli bytes of what the server sends for `pathname`. */
    async brotliSize(pathname) {
      const path = join(dir, normalize(pathname));
      if (!path.startsWith(dir) || !TYPES[extname(path)]) return 0;

      try {
        return (await load(path)).br.length;
      } catch {
        return 0;
      }
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function notFound(response) {
  response.writeHead(404, {'content-type': 'text/plain'});
  response.end('not found');
}
