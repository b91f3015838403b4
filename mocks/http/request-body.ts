// Reading a JSON:API request body the way Glue's framework does (docs/glue-api.md §7),
// then validating its attributes with the same zod schema the app's forms use.
import type { z } from 'zod/mini';
import { type GlueFailure, frameworkFail, validationFail } from '../rules/glue-failure';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** 400 "Post data is invalid." / "Invalid type." for a malformed body, else the raw attributes. */
export async function readDocument(
  request: Request,
  type: string,
): Promise<Record<string, unknown> | GlueFailure> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return frameworkFail('postDataInvalid');
  }
  if (!isObject(body) || !isObject(body.data) || !('type' in body.data)) {
    return frameworkFail('postDataInvalid');
  }
  if (body.data.type !== type) return frameworkFail('invalidType');
  return isObject(body.data.attributes) ? body.data.attributes : {};
}

/** One 422 `901` per failing constraint (a field may fail several), in the schema's order. */
export function validateAttributes<S extends z.ZodMiniType>(
  attributes: Record<string, unknown>,
  schema: S,
): z.infer<S> | GlueFailure {
  const result = schema.safeParse(attributes);
  if (result.success) return result.data;
  const seen = new Set<string>();
  const messages: { field: string; message: string }[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'data');
    const key = `${field}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    messages.push({ field, message: issue.message });
  }
  return validationFail(messages);
}
