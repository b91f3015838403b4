// Where the session lives in sessionStorage. Its own module: the build's route preload
// (build/vite-route-preload.ts) reads it too, without the session store.
export const SESSION_KEY = 'shared-carts.session';
