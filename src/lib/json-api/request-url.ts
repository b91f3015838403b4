// A Glue request's address. Its own module because the build writes the same addresses
// (build/vite-route-preload.ts starts a page's first request before the app runs, and
// the app takes that answer only when it asks for exactly the same address).

export type RequestQuery = Record<string, string | number | string[] | undefined>;

export function requestUrl(baseUrl: string, path: string, query: RequestQuery | undefined): string {
  const params: string[] = [];
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    // Glue reads `page[offset]` literally; commas in `include` stay readable.
    params.push(`${key}=${encodeURIComponent(text).replace(/%2C/g, ',')}`);
  }
  return `${baseUrl}${path}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}
