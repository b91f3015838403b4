// Builds JSON:API documents from a graph of resource nodes. Each node knows its
// related nodes per type; `include=` decides which relationships are written and
// which related resources go into the flat, de-duplicated `included` array.
import type { ResourceObject } from '../../src/lib/json-api/document';

export interface ResourceNode {
  type: string;
  id: string | null;
  attributes: Record<string, unknown>;
  /** `links.self`; absent for resources Glue writes without links (search suggestions). */
  self?: string;
  /** Related nodes by relationship type; evaluated only when included. */
  related?: Partial<Record<string, () => ResourceNode[]>>;
}

/** `include=a,b` → {a, b}. Absent or empty means no relationships at all. */
export function parseInclude(url: URL): Set<string> {
  const raw = url.searchParams.get('include') ?? '';
  return new Set(
    raw
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  );
}

const keyOf = (node: ResourceNode) => `${node.type}\u0000${node.id ?? ''}`;

function relatedByType(node: ResourceNode, include: Set<string>): [string, ResourceNode[]][] {
  if (!node.related || include.size === 0) return [];
  const result: [string, ResourceNode[]][] = [];
  for (const [type, load] of Object.entries(node.related)) {
    if (!load || !include.has(type)) continue;
    const nodes = load();
    // Glue leaves out a relationship with nothing in it.
    if (nodes.length > 0) result.push([type, nodes]);
  }
  return result;
}

function toResourceObject(node: ResourceNode, related: [string, ResourceNode[]][]): ResourceObject {
  const resource: ResourceObject = {
    type: node.type,
    id: node.id,
    attributes: node.attributes,
    ...(node.self !== undefined && { links: { self: node.self } }),
  };
  if (related.length > 0) {
    resource.relationships = Object.fromEntries(
      related.map(([type, nodes]) => [
        type,
        { data: nodes.map((n) => ({ type: n.type, id: n.id ?? '' })) },
      ]),
    );
  }
  return resource;
}

/**
 * Serialises primary nodes and every included node reachable through `include`. Glue
 * writes a nested resource before the one that points to it (§1): depth first, children
 * before their parent (`concrete-products` before `items`, `customers` before
 * `company-users`).
 */
function serialise(primary: ResourceNode[], include: Set<string>) {
  const seen = new Set(primary.map(keyOf));
  const included: ResourceObject[] = [];
  const visit = (node: ResourceNode): ResourceObject => {
    const related = relatedByType(node, include);
    for (const [, nodes] of related) {
      for (const child of nodes) {
        const key = keyOf(child);
        if (seen.has(key)) continue;
        seen.add(key);
        // Reserve the key first so a cycle cannot loop; the child is written after its own children.
        included.push(visit(child));
      }
    }
    return toResourceObject(node, related);
  };
  const data = primary.map(visit);
  return { data, included };
}

export function singleDocument(node: ResourceNode, include: Set<string>) {
  const { data, included } = serialise([node], include);
  return included.length > 0 ? { data: data[0], included } : { data: data[0] };
}

export function collectionDocument(
  nodes: ResourceNode[],
  include: Set<string>,
  links: Record<string, string>,
) {
  const { data, included } = serialise(nodes, include);
  return included.length > 0 ? { data, links, included } : { data, links };
}
