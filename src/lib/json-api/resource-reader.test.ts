import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  collectionDocumentSchema,
  errorDocumentSchema,
  resourceObjectProblem,
  singleDocumentSchema,
} from './document';
import {
  cartListWithShares,
  cartSharedWithCaller,
  errorDocuments,
  permissionGroupList,
  permissionGroupSingle,
  sharedCartCreated,
  sharedCartUpdated,
} from './fixtures/glue-documents';
import { readResources } from './resource-reader';

describe('the document schemas', () => {
  it('accept the Glue sample documents', () => {
    expect(collectionDocumentSchema.safeParse(cartListWithShares).success).toBe(true);
    expect(collectionDocumentSchema.safeParse(permissionGroupList).success).toBe(true);
    expect(singleDocumentSchema.safeParse(permissionGroupSingle).success).toBe(true);
    expect(singleDocumentSchema.safeParse(sharedCartCreated).success).toBe(true);
    expect(singleDocumentSchema.safeParse(sharedCartUpdated).success).toBe(true);
    for (const document of Object.values(errorDocuments)) {
      expect(errorDocumentSchema.safeParse(document).success).toBe(true);
    }
  });

  it('refuse a collection answered as an object and relationships that are not arrays', () => {
    expect(collectionDocumentSchema.safeParse(permissionGroupSingle).success).toBe(false);
    const notArray = structuredClone(cartSharedWithCaller) as { data: { relationships: unknown } };
    notArray.data.relationships = { 'cart-permission-groups': { data: { type: 'x', id: '1' } } };
    expect(singleDocumentSchema.safeParse(notArray).success).toBe(false);
  });

  it('say what is wrong with a resource, and where it is', () => {
    const broken = structuredClone(cartListWithShares) as { data: Record<string, unknown>[] };
    broken.data[1] = { ...broken.data[1], id: 7 };
    const result = collectionDocumentSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(z.prettifyError(result.error!)).toBe('✖ id must be a string or null\n  → at data[1]');
  });

  it('name each way a resource object can be malformed', () => {
    const cart = { type: 'carts', id: 'c1', attributes: {} };
    expect(resourceObjectProblem(cart)).toBeNull();
    expect(resourceObjectProblem({ ...cart, id: null })).toBeNull();
    expect(resourceObjectProblem([cart])).toBe('a resource must be an object');
    expect(resourceObjectProblem({ ...cart, type: 1 })).toBe('type must be a string');
    expect(resourceObjectProblem({ ...cart, id: undefined })).toBe('id must be a string or null');
    expect(resourceObjectProblem({ ...cart, attributes: [] })).toBe('attributes must be an object');
    expect(resourceObjectProblem({ ...cart, links: { self: 1 } })).toBe(
      'links.self must be a string',
    );
    expect(resourceObjectProblem({ ...cart, relationships: [] })).toBe(
      'relationships must be an object',
    );
    expect(
      resourceObjectProblem({
        ...cart,
        relationships: { items: { data: [{ type: 'items', id: 1 }] } },
      }),
    ).toBe('relationships.items.data must be an array of {type, id} strings');
  });

  it('pass a resource through as it came, unknown members included', () => {
    const document = singleDocumentSchema.parse(cartSharedWithCaller);
    expect(document.data).toBe(cartSharedWithCaller.data);
  });
});

describe('readResources', () => {
  it('follows carts → shared-carts → company-users through included', () => {
    const document = collectionDocumentSchema.parse(cartListWithShares);
    const reader = readResources(document);
    const [empty, weekly] = document.data;
    expect(reader.related(empty!, 'shared-carts')).toEqual([]);
    const shares = reader.related(weekly!, 'shared-carts');
    expect(shares.map((s) => s.attributes.idCartPermissionGroup)).toEqual([2]);
    const recipients = reader.related(shares[0]!, 'company-users');
    expect(recipients.map((r) => r.id)).toEqual(['7c2d4e6f-8a9b-5c1d-9e2f-3a4b5c6d7e44']);
  });

  it('finds the caller’s permission group on a cart shared with them', () => {
    const document = singleDocumentSchema.parse(cartSharedWithCaller);
    const reader = readResources(document);
    expect(reader.related(document.data, 'cart-permission-groups')[0]?.attributes.name).toBe(
      'READ_ONLY',
    );
    expect(reader.find('cart-permission-groups', '1')?.id).toBe('1');
  });

  it('yields nothing for a relationship whose resources were not included', () => {
    const document = singleDocumentSchema.parse({
      data: {
        ...cartSharedWithCaller.data,
        relationships: { items: { data: [{ type: 'items', id: 'NW-1' }] } },
      },
    });
    expect(readResources(document).related(document.data, 'items')).toEqual([]);
    expect(readResources(document).related(document.data, 'shared-carts')).toEqual([]);
  });
});
