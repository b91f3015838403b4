// Ordering (docs/glue-api.md §11): POST /checkout-data, POST /checkout, the orders, and
// a cart's vouchers. Checks in Glue's order (§11.0): framework and token (glueRoutes),
// attribute rules (901), request validators, then the rules.
import { http } from 'msw';
import { type Locale, placeOrder, readCheckoutData } from '../rules/checkout';
import { attributeProblems, requestProblems } from '../rules/checkout-request';
import { addVoucher, removeVoucher } from '../rules/discounts';
import { fail, validationFail } from '../rules/glue-failure';
import { customersOrders, getOrder, listOrders } from '../rules/orders';
import { cartReply } from './cart-handlers';
import { type AuthedArgs, type GlueRoutes, andThen } from './glue-handler';
import { negotiateLocale } from './glue-response';
import { checkoutDataNode, checkoutNode, orderNode } from './order-resources';
import { pageLinks } from './paging';

const localeOf = (request: Request): Locale =>
  negotiateLocale(request.headers.get('Accept-Language')) === 'de_DE' ? 'de_DE' : 'en_US';

/** Steps 1 and 2 of §11.0, then the rest. */
const checked =
  (
    kind: 'checkout-data' | 'checkout',
    next: (args: AuthedArgs) => Response | ReturnType<typeof fail>,
  ) =>
  (args: AuthedArgs) =>
    attributeProblems(args.attributes, kind) ??
    requestProblems(args.attributes, kind) ??
    next(args);

export function checkoutHandlers({ authed, path }: GlueRoutes) {
  const ordersPage = (args: AuthedArgs, list: ReturnType<typeof listOrders>) => {
    const { page, url, ctx, reply } = args;
    const slice = page ? list.slice(page.offset, page.offset + page.limit) : list;
    return reply.many(
      slice.map((order) => orderNode(ctx, order, false)),
      page ? { links: pageLinks(url, page, list.length) } : undefined,
    );
  };
  const sortOf = (url: URL) => url.searchParams.get('sort');

  return [
    http.post(
      path('/checkout-data'),
      authed(
        checked('checkout-data', (args) =>
          andThen(
            readCheckoutData(args.db, args.caller, args.attributes, localeOf(args.request)),
            ({ view, method }) =>
              args.reply.one(checkoutDataNode(args.ctx, view, method, args.attributes)),
          ),
        ),
        { body: 'checkout-data' },
      ),
    ),
    http.post(
      path('/checkout'),
      authed(
        checked('checkout', (args) =>
          andThen(
            placeOrder(args.db, args.caller, args.attributes, localeOf(args.request)),
            (order) => args.reply.one(checkoutNode(args.ctx, order), { status: 201 }),
          ),
        ),
        { body: 'checkout' },
      ),
    ),
    http.get(
      path('/orders'),
      authed((args) => ordersPage(args, listOrders(args.db, args.caller, sortOf(args.url))), {
        paged: true,
      }),
    ),
    http.get(
      path('/orders/:reference'),
      authed(({ db, caller, ctx, params, reply }) =>
        andThen(getOrder(db, caller, params.reference ?? ''), (order) =>
          reply.one(orderNode(ctx, order, true)),
        ),
      ),
    ),
    http.get(
      path('/customers/:reference/orders'),
      authed(
        (args) =>
          andThen(
            customersOrders(args.db, args.caller, args.params.reference ?? '', sortOf(args.url)),
            (list) => ordersPage(args, list),
          ),
        { paged: true },
      ),
    ),
    http.post(
      path('/carts/:cartId/vouchers'),
      authed(
        (args) => {
          const code = args.attributes.code;
          if (typeof code !== 'string' || code.trim() === '') {
            return validationFail([{ field: 'code', message: 'This value should not be blank.' }]);
          }
          return andThen(addVoucher(args.db, args.caller, args.params.cartId ?? '', code), (view) =>
            cartReply(args, view, { status: 201, keepQuery: false }),
          );
        },
        { body: 'vouchers' },
      ),
    ),
    http.delete(
      path('/carts/:cartId/vouchers/:code'),
      authed(({ db, caller, params, reply }) =>
        andThen(removeVoucher(db, caller, params.cartId ?? '', params.code ?? ''), () =>
          reply.none(),
        ),
      ),
    ),
  ];
}
