import {executeServerCommand} from '@web/test-runner-commands';
import {isFirefox} from './browser.js';

/** One node of Chromium's accessibility tree, as assistive technology sees it. */
export interface AccessibleNode {
  id: string;
  role: string;
  name: string;
  description: string;
  /** States and properties by name: `required`, `invalid`, `selected`… */
  properties: Record<string, unknown>;
  children: AccessibleNode[];
}

interface ProtocolNode {
  nodeId: string;
  ignored: boolean;
  role?: {value: string};
  name?: {value: string};
  description?: {value: string};
  properties?: {name: string; value: {value: unknown}}[];
  childIds?: string[];
}

/**
 * The page's whole accessibility tree from Chromium's DevTools protocol,
 * pruned of ignored nodes; unlike a snapshot of "interesting" nodes it
 * keeps lists and their items. Chromium only: see countAccessibleNodes.
 */
export async function accessibleNodes(): Promise<AccessibleNode[]> {
  const {nodes} = await executeServerCommand<
    {nodes: ProtocolNode[]},
    {method: string; params: object}
  >('cdp:send', {method: 'Accessibility.getFullAXTree', params: {}});
  const byId = new Map<string, AccessibleNode>();
  for (const node of nodes) {
    byId.set(node.nodeId, {
      id: node.nodeId,
      role: node.role?.value ?? '',
      name: node.name?.value ?? '',
      description: node.description?.value ?? '',
      properties: Object.fromEntries(
        (node.properties ?? []).map((property) => [
          property.name,
          property.value.value,
        ])
      ),
      children: [],
    });
  }
  for (const node of nodes) {
    const parent = byId.get(node.nodeId)!;
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) parent.children.push(child);
    }
  }
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => byId.get(node.nodeId)!);
}

/**
 * How many nodes with `role` and `name` the accessibility tree holds under
 * `root` (a shadow root, or the document). Both browsers answer this;
 * Firefox gives nothing more over WebDriver BiDi (no descriptions, states
 * or whole tree), so it is the Firefox side of checks that read the tree
 * in Chromium.
 */
export async function countAccessibleNodes(
  root: DocumentOrShadowRoot,
  role: string,
  name: string
): Promise<number> {
  const page = globalThis as {__accessibilityRoot?: DocumentOrShadowRoot};
  page.__accessibilityRoot = root;
  try {
    // Gecko builds its tree a few frames after the DOM changes (and on
    // first use), so an empty answer is asked again for a while.
    const end = performance.now() + 2000;
    for (;;) {
      const count = await executeServerCommand<
        number,
        {role: string; name: string}
      >('accessibility:count', {role, name});
      if (count > 0 || performance.now() > end) return count;

      await new Promise(requestAnimationFrame);
    }
  } finally {
    delete page.__accessibilityRoot;
  }
}

/**
 * Starts Firefox's accessibility tree before anything is rendered: Gecko
 * starts its accessibility service on the first query and leaves out what
 * was on the page before then, so a suite that counts nodes calls this in
 * `before`. Chromium's tree is always there.
 */
export async function startAccessibilityTree(): Promise<void> {
  if (!isFirefox) return;

  const page = globalThis as {__accessibilityRoot?: DocumentOrShadowRoot};
  delete page.__accessibilityRoot;
  await executeServerCommand('accessibility:count', {role: 'none', name: ''});
}
