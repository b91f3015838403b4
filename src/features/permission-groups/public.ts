// What other features may use of permission groups: the query factory, what each level
// lets a colleague do (sharing's level picker shows it) and the pages, as loaders.
// Nothing with a component or styles: the router opens this door, so whatever it hands
// out statically lands in the first chunk every visit loads
// (docs/decisions/doors-hand-out-loaders.md).
export { PERMISSION_TEXT } from './permission-group-model';
export { permissionGroupQueries } from './permission-group-queries';

export const permissionGroupPages = {
  list: () => import('./permission-groups-page'),
};
