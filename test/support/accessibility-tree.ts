import {executeServerCommand} from '@web/test-runner-commands';

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
 * The page's whole accessibility tree from the DevTools protocol, pruned
 * of ignored nodes; unlike a snapshot of "interesting" nodes it keeps
 * lists and their items.
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
