// Turns a JSON:API document into resources whose relationships can be followed
// through `included`. A relationship whose resources were not included yields
// nothing rather than failing: what is missing is the normaliser's business.
import type { ResourceObject } from './document';
import { MalformedResponseError } from './glue-error';

export interface ResourceReader {
  /** The resource of that type and id, from `data` or `included`. */
  find(type: string, id: string): ResourceObject | undefined;
  /** The included resources a resource points to under `type`. */
  related(resource: ResourceObject, type: string): ResourceObject[];
}

export function readResources(document: {
  data: ResourceObject | ResourceObject[];
  included?: ResourceObject[];
}): ResourceReader {
  const index = new Map<string, ResourceObject>();
  const key = (type: string, id: string) => `${type}\u0000${id}`;
  const data = Array.isArray(document.data) ? document.data : [document.data];
  for (const resource of [...data, ...(document.included ?? [])]) {
    if (resource.id !== null) index.set(key(resource.type, resource.id), resource);
  }
  return {
    find: (type, id) => index.get(key(type, id)),
    related(resource, type) {
      const identifiers = resource.relationships?.[type]?.data ?? [];
      return identifiers
        .map((identifier) => index.get(key(identifier.type, identifier.id)))
        .filter((found): found is ResourceObject => found !== undefined);
    },
  };
}

/** A resource's attributes through a zod schema: a malformed one is a clear error. */
export function attributesOf<T>(
  resource: ResourceObject,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
): T {
  const result = schema.safeParse(resource.attributes);
  if (!result.success) {
    throw new MalformedResponseError(
      200,
      `${resource.type} ${resource.id ?? ''} has unexpected attributes`,
    );
  }
  return result.data;
}
