// The auth queries' keys, apart from their options: the login writes its answer into the
// cache without bringing React Query's query code into the first visit.
export const AUTH_KEY = ['auth'] as const;
export const MY_COMPANY_USERS_KEY = [...AUTH_KEY, 'my-company-users'] as const;
