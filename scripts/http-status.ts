// Waiting for a server just started, from Node: the status of a GET over HTTP or HTTPS
// whatever the certificate (the test servers' is self-signed), 0 when nothing answers.
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';

const statusOf = (url: string) =>
  new Promise<number>((resolve) => {
    const get = url.startsWith('https:') ? httpsGet : httpGet;
    get(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', () => {
      resolve(0);
    });
  });

/**
 * Waits until `url` answers with a status `wanted` takes (by default 200), polling every
 * 100 ms for up to 30 s; a server just started on a busy machine can be slow to listen.
 */
export async function waitForStatus(
  url: string,
  wanted: (status: number) => boolean = (status) => status === 200,
) {
  for (let i = 0; i < 300; i++) {
    if (wanted(await statusOf(url))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up within 30 s`);
}
