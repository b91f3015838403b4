// What other features may use of permission groups: the one picker, its query factory
// and the default group (sharing picks a level for each colleague).
export { PermissionGroupPicker, useDefaultGroupId } from './permission-group-picker';
export { permissionGroupQueries } from './permission-group-queries';

export const permissionGroupPages = {
  list: () => import('./permission-groups-page'),
};
