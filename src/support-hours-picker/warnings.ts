/**
 * Warnings for the host's developers, never for the people filling in the
 * form: only in development builds, and once per code, so a value that a
 * host sets on every render does not flood the console.
 */

// Bundlers replace `process.env.NODE_ENV` in the host's production build;
// without a bundler the expression throws and we count as development.
declare const process: {env: {NODE_ENV?: string}};

function developmentBuild(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

const issued = new Set<string>();

/** Warns once per `code`, in development builds only. */
export function warnOnce(code: string, text: string): void {
  if (!developmentBuild() || issued.has(code)) return;

  issued.add(code);
  console.warn(`support-hours-picker [${code}]: ${text}`);
}
