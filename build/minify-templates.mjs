import {minifyHTMLLiterals} from 'minify-literals';

/**
 * Minifies the markup of Lit's html`` and css`` templates in the library's
 * sources. Whitespace between tags would otherwise become text nodes in
 * every shadow root, and bytes in every download.
 */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    async transform(code, id) {
      if (!/\/src\/.+\.ts$/.test(id) || !/\b(?:html|css)`/.test(code)) {
        return undefined;
      }

      return (await minifyHTMLLiterals(code, {fileName: id})) ?? undefined;
    },
  };
}
