// Glue's error catalog (docs/glue-api.md §7, §8): what the mock answers and what the
// designer's failure injection offers. Every detail is a fixed English text.

/** docs/glue-api.md §8: code → [status, fixed English detail]. */
export const GLUE_ERRORS = {
  '001': [401, 'Invalid access token.'],
  '002': [403, 'Missing access token.'],
  '003': [401, 'Failed to authenticate user.'],
  '004': [401, 'Failed to refresh token.'],
  '005': [428, 'If-Match header is missing.'],
  '006': [412, 'If-Match header value is invalid.'],
  '101': [404, 'Cart with given uuid not found.'],
  '103': [404, 'Item with the given group key not found in the cart.'],
  '104': [400, 'Cart uuid is missing.'],
  '105': [422, 'Cart could not be deleted.'],
  '107': [422, 'Failed to create cart.'],
  '111': [422, 'Can’t switch price mode when there are items in the cart.'],
  '112': [422, 'Store data is invalid.'],
  '113': [422, 'Cart item could not be added.'],
  '114': [422, 'Cart item could not be updated.'],
  '115': [403, 'Unauthorized cart action.'],
  '117': [422, 'Currency is incorrect.'],
  '119': [422, 'Price mode is incorrect.'],
  '301': [404, 'Abstract product is not found.'],
  '302': [404, 'Concrete product is not found.'],
  '313': [400, 'Currency is invalid.'],
  '314': [400, 'Price mode is invalid.'],
  '1403': [
    403,
    'Current company user is not set. You need to select the current company user with /company-user-access-tokens in order to access the resource collection.',
  ],
  '1404': [404, 'Company user not found'],
  '1405': [403, 'Forbidden'],
  '2501': [422, 'Cart permission group not found.'],
  '2701': [403, 'Action is forbidden.'],
  '2702': [422, 'Failed to share a cart.'],
  '2703': [403, 'Cart can be shared only with company users from same company.'],
  '2705': [404, 'Shared cart not found.'],
  // Ordering (§11i, rev 4). 1101 and 1102 usually carry a translated message instead.
  '801': [404, "Can't find order by the given order reference"],
  '802': [403, 'Unauthorized request.'],
  '1101': [422, 'Checkout data is invalid.'],
  '1102': [422, 'Order could not be placed.'],
  '1103': [422, 'Cart not found.'],
  '1104': [422, 'Cart is empty.'],
  '1105': [400, 'One of Authorization or X-Anonymous-Customer-Unique-Id headers is required.'],
  '1106': [422, 'Unable to delete cart.'],
  '1107': [400, 'Multiple payments are not allowed.'],
  '3301': [422, 'Cart code not found in cart.'],
  '3302': [422, "Cart code can't be added."],
  '3303': [422, "Cart code can't be removed."],
  '4301': [422, 'Single and multiple shipments attributes are not allowed in the same request.'],
  '4302': [
    422,
    'Provided address is not valid. You can either provide address ID or address fields.',
  ],
  '4303': [422, 'Shipment attribute is not specified.'],
  '4304': [422, 'Shipments attributes are not specified.'],
} as const satisfies Record<string, readonly [number, string]>;

/** §8: codes whose detail names the input (`Product "NW-9" not found`, `name => …`). */
export const TEMPLATED_ERRORS = {
  '102': [422, 'Product "<sku>" not found'],
  '901': [422, '<field> => <message>'],
  // Off in B2B (§11b): listed so the type knows it.
  '1108': [422, 'Payment method "<m>" of payment provider "<p>" is invalid'],
} as const satisfies Record<string, readonly [number, string]>;

/** A code with a fixed detail: what the mock's rules and the designer's injection raise. */
export type FixedGlueErrorCode = keyof typeof GLUE_ERRORS;

/** Every code Glue answers with. */
export type GlueErrorCode = keyof typeof GLUE_ERRORS | keyof typeof TEMPLATED_ERRORS;

/** §7: framework errors carry no code. */
export const FRAMEWORK_ERRORS = {
  postDataInvalid: [400, 'Post data is invalid.'],
  invalidType: [400, 'Invalid type.'],
  resourceIdMissing: [400, 'Resource id is not specified.'],
  notFound: [404, 'Not Found'],
  paginationInvalid: [400, 'Pagination parameters are invalid.'],
} as const satisfies Record<string, readonly [number, string]>;
