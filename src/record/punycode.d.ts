// The package's ES module build, which loads in browsers, Vite and Node
// alike; its own typings describe only the CommonJS entry.
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
