// The only door into sharing: the cart page's sharing section, loaded with that page.
export const sharingSections = {
  cartPage: () => import('./share-panel'),
};
