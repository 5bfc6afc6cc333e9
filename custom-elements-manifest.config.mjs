// The manifest documents the public elements only; generated locale modules
// and tests carry no custom elements.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/generated/**', 'src/**/*.styles.ts'],
  litelement: true,
  dependencies: false,
  packagejson: false,
};
