// The runner installs mocha's BDD functions as globals, and the project has
// no typings for mocha; this module gives them types without declaring
// globals that real typings would later clash with.

interface TestContext {
  skip(): never;
  timeout(ms: number): void;
}

type TestBody = (this: TestContext) => void | Promise<void>;

interface TestFunction {
  (title: string, body: TestBody): void;
  skip(title: string, body?: TestBody): void;
}

interface Bdd {
  describe(title: string, body: () => void): void;
  it: TestFunction;
}

const bdd = globalThis as unknown as Bdd;

export const describe = bdd.describe;
export const it = bdd.it;
