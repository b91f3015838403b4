// docs/glue-api.md §4a (rev 3): finding a product by name, abstract products and their
// variants, and the currency / price mode parameter checks — asserted literally.
import { describe, expect, it } from 'vitest';
import { TEST_GLUE_URL } from '../node';
import { companyUserToken, errorsOf, glue } from '../test/glue-client';

const search = (q: string, include = 'abstract-products,concrete-products') =>
  glue('GET', `/catalog-search-suggestions?q=${encodeURIComponent(q)}&include=${include}`);

const names = (result: Awaited<ReturnType<typeof glue>>) =>
  result.body.data[0].attributes.abstractProducts.map(
    (p: { abstractName: string }) => p.abstractName,
  );

describe('GET /catalog-search-suggestions', () => {
  it('answers one resource with id null and no links, the URL with its query as self', async () => {
    const result = await glue('GET', '/catalog-search-suggestions?q=stapler');
    expect(result.status).toBe(200);
    expect(result.headers.get('Content-Type')).toBe('application/vnd.api+json');
    expect(result.body).toEqual({
      data: [
        {
          type: 'catalog-search-suggestions',
          id: null,
          attributes: {
            completion: ['stapler, 40 sheets'],
            abstractProducts: [
              {
                abstractSku: 'A-NW-3003',
                abstractName: 'Stapler, 40 sheets',
                price: 1790,
                url: '/en/stapler-40-sheets',
                images: [],
              },
            ],
            categories: [],
            cmsPages: [],
            categoryCollection: [],
            cmsPageCollection: [],
          },
        },
      ],
      links: { self: `${TEST_GLUE_URL}/catalog-search-suggestions?q=stapler` },
    });
  });

  it('matches names case-insensitively by substring, ordered by name', async () => {
    const result = await search('SAFETY');
    expect(names(result)).toEqual(['Safety gloves (pair)', 'Safety goggles, anti-fog']);
    expect(result.body.data[0].attributes.completion).toEqual([
      'safety gloves (pair)',
      'safety goggles, anti-fog',
    ]);
  });

  it('matches abstract and concrete SKUs, and puts the SKU in completion', async () => {
    const concrete = await search('nw-1004');
    expect(names(concrete)).toEqual(['Safety gloves (pair)']);
    expect(concrete.body.data[0].attributes.completion).toEqual(['NW-1004']);
    const abstract = await search('a-nw-2003');
    expect(names(abstract)).toEqual(['Torque wrench 1/2"']);
    expect(abstract.body.data[0].attributes.completion).toEqual(['A-NW-2003']);
  });

  it('gives the cheapest variant’s price and a slug of the name', async () => {
    const result = await search('torque');
    expect(result.body.data[0].attributes.abstractProducts[0]).toEqual({
      abstractSku: 'A-NW-2003',
      abstractName: 'Torque wrench 1/2"',
      price: 8990,
      url: '/en/torque-wrench-1-2',
      images: [],
    });
  });

  it('answers at most 10 entries in completion and abstractProducts', async () => {
    const result = await search('nw-');
    const { completion, abstractProducts } = result.body.data[0].attributes;
    expect(completion).toHaveLength(10);
    expect(abstractProducts).toHaveLength(10);
    expect(result.body.data[0].relationships['abstract-products'].data).toHaveLength(10);
  });

  it.each([
    ['an empty q', '/catalog-search-suggestions?q='],
    ['no q', '/catalog-search-suggestions'],
    ['a q that matches nothing', '/catalog-search-suggestions?q=zzz-nothing'],
  ])('answers 200 with every array empty for %s', async (_case, path) => {
    const result = await glue(
      'GET',
      `${path}${path.includes('?') ? '&' : '?'}include=abstract-products`,
    );
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual([
      {
        type: 'catalog-search-suggestions',
        id: null,
        attributes: {
          completion: [],
          abstractProducts: [],
          categories: [],
          cmsPages: [],
          categoryCollection: [],
          cmsPageCollection: [],
        },
      },
    ]);
    expect(result.body.included).toBeUndefined();
  });

  it('includes the abstract products with their variants, nested first', async () => {
    const result = await search('gloves');
    expect(result.body.data[0].relationships).toEqual({
      'abstract-products': { data: [{ type: 'abstract-products', id: 'A-NW-1001' }] },
    });
    expect(
      result.body.included.map((r: { type: string; id: string }) => `${r.type}/${r.id}`),
    ).toEqual([
      'concrete-products/NW-1001',
      'concrete-products/NW-1004',
      'abstract-products/A-NW-1001',
    ]);
    const abstract = result.body.included[2];
    expect(abstract).toEqual({
      type: 'abstract-products',
      id: 'A-NW-1001',
      attributes: {
        sku: 'A-NW-1001',
        name: 'Safety gloves (pair)',
        description: 'Safety gloves in sizes M and L.',
        attributes: {},
        superAttributes: {},
        averageRating: null,
        reviewCount: 0,
        metaKeywords: '',
        metaDescription: '',
        attributeMap: {
          product_concrete_ids: ['NW-1001', 'NW-1004'],
          super_attributes: {},
          attribute_variants: {},
          attribute_variant_map: {},
        },
      },
      links: { self: `${TEST_GLUE_URL}/abstract-products/A-NW-1001` },
      relationships: {
        'concrete-products': {
          data: [
            { type: 'concrete-products', id: 'NW-1001' },
            { type: 'concrete-products', id: 'NW-1004' },
          ],
        },
      },
    });
    expect(result.body.included[1].attributes.name).toBe('Safety gloves, size M (pair)');
  });

  it('without include has no relationships and no included', async () => {
    const result = await glue('GET', '/catalog-search-suggestions?q=gloves');
    expect(result.body.data[0].relationships).toBeUndefined();
    expect(result.body.included).toBeUndefined();
  });

  it('is public, takes a valid token, and refuses an invalid one with 401 001', async () => {
    const token = await companyUserToken('ben');
    expect((await glue('GET', '/catalog-search-suggestions?q=pen', { token })).status).toBe(200);
    const invalid = await glue('GET', '/catalog-search-suggestions?q=pen', {
      token: 'not-a-token',
    });
    expect(invalid.status).toBe(401);
    expect(errorsOf(invalid)).toEqual([
      { status: 401, code: '001', detail: 'Invalid access token.' },
    ]);
  });
});

describe('GET /abstract-products/{sku}', () => {
  it('answers the product, and its variants with include=concrete-products', async () => {
    const plain = await glue('GET', '/abstract-products/A-NW-3003');
    expect(plain.status).toBe(200);
    expect(plain.body.data.attributes.attributeMap.product_concrete_ids).toEqual(['NW-3003']);
    expect(plain.body.included).toBeUndefined();
    const withVariants = await glue(
      'GET',
      '/abstract-products/A-NW-1001?include=concrete-products',
    );
    expect(withVariants.body.data.links.self).toBe(
      `${TEST_GLUE_URL}/abstract-products/A-NW-1001?include=concrete-products`,
    );
    expect(withVariants.body.included.map((r: { id: string }) => r.id)).toEqual([
      'NW-1001',
      'NW-1004',
    ]);
  });

  it('answers 404 301 for an unknown abstract SKU (and for a concrete one)', async () => {
    for (const sku of ['A-NOPE', 'NW-3003']) {
      const result = await glue('GET', `/abstract-products/${sku}`);
      expect(result.status).toBe(404);
      expect(errorsOf(result)).toEqual([
        { status: 404, code: '301', detail: 'Abstract product is not found.' },
      ]);
    }
  });
});

describe('abstract SKUs on items (§3, §4a)', () => {
  it('gives each item its abstract SKU', async () => {
    const token = await companyUserToken('ben');
    const carts = await glue('GET', '/carts?include=items', { token });
    const items = carts.body.included.filter((r: { type: string }) => r.type === 'items');
    const gloves = items.find((i: { id: string }) => i.id === 'NW-1001');
    expect(gloves.attributes.abstractSku).toBe('A-NW-1001');
    const goggles = items.find((i: { id: string }) => i.id === 'NW-1002');
    expect(goggles.attributes.abstractSku).toBe('A-NW-1002');
  });

  it('refuses an abstract SKU in POST …/items as an unknown product (102, 113)', async () => {
    const token = await companyUserToken('ben');
    const carts = await glue('GET', '/carts', { token });
    const own = carts.body.data.find(
      (c: { attributes: { name: string } }) => c.attributes.name === 'Safety gear',
    );
    const result = await glue('POST', `/carts/${own.id}/items`, {
      token,
      body: { data: { type: 'items', attributes: { sku: 'A-NW-1001', quantity: 1 } } },
    });
    expect(result.status).toBe(422);
    expect(errorsOf(result)).toEqual([
      { status: 422, code: '102', detail: 'Product "A-NW-1001" not found' },
      { status: 422, code: '113', detail: 'Cart item could not be added.' },
    ]);
  });

  it('adds the M variant NW-1004, which is in no seeded cart', async () => {
    const token = await companyUserToken('ben');
    const carts = await glue('GET', '/carts', { token });
    const own = carts.body.data.find(
      (c: { attributes: { name: string } }) => c.attributes.name === 'Safety gear',
    );
    const result = await glue('POST', `/carts/${own.id}/items?include=items`, {
      token,
      body: { data: { type: 'items', attributes: { sku: 'NW-1004', quantity: 2 } } },
    });
    expect(result.status).toBe(201);
    const item = result.body.included.find((r: { id: string }) => r.id === 'NW-1004');
    expect(item.attributes).toMatchObject({
      sku: 'NW-1004',
      quantity: 2,
      abstractSku: 'A-NW-1001',
    });
  });
});

describe('currency and priceMode parameters (§4a: 313, 314)', () => {
  it('refuses an unknown currency with 400 313 on any route', async () => {
    const token = await companyUserToken('anna');
    for (const [path, options] of [
      ['/catalog-search-suggestions?q=pen&currency=XYZ', {}],
      ['/carts?currency=XYZ', { token }],
    ] as const) {
      const result = await glue('GET', path, options);
      expect(result.status).toBe(400);
      expect(errorsOf(result)).toEqual([
        { status: 400, code: '313', detail: 'Currency is invalid.' },
      ]);
    }
  });

  it('refuses an unknown price mode with 400 314', async () => {
    const result = await glue('GET', '/catalog-search-suggestions?q=pen&priceMode=CHEAP');
    expect(result.status).toBe(400);
    expect(errorsOf(result)).toEqual([
      { status: 400, code: '314', detail: 'Price mode is invalid.' },
    ]);
  });

  it('takes the known ones, and checks the token first', async () => {
    const ok = await glue(
      'GET',
      '/catalog-search-suggestions?q=pen&currency=EUR&priceMode=NET_MODE',
    );
    expect(ok.status).toBe(200);
    const noToken = await glue('GET', '/carts?currency=XYZ');
    expect(noToken.status).toBe(403);
    expect(errorsOf(noToken)).toEqual([
      { status: 403, code: '002', detail: 'Missing access token.' },
    ]);
  });
});
