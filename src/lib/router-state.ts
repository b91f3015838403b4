// Pages hand each other small facts through navigation state ("cart deleted", the name
// Glue gave a new cart, where to return after login). That state survives a reload and
// can hold anything — another page's facts, an older app version's — so it is read one
// way only: through the schema of what the page expects, never a cast. The page that
// navigates builds its state from the same schema's type.
import { useLocation } from 'react-router-dom';
import type { z } from 'zod/mini';

export function readRouterState<S extends z.ZodMiniType>(
  schema: S,
  state: unknown,
): z.infer<S> | null {
  const parsed = schema.safeParse(state);
  return parsed.success ? parsed.data : null;
}

/** The current location's state, as this page expects it, or null. */
export function useRouterState<S extends z.ZodMiniType>(schema: S): z.infer<S> | null {
  return readRouterState(schema, useLocation().state);
}
