// The status of a GET, from Node, over HTTP or HTTPS whatever the certificate (the test
// servers' is self-signed); 0 when nothing answers. For waiting on a server just started.
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';

export const statusOf = (url: string) =>
  new Promise<number>((resolve) => {
    const get = url.startsWith('https:') ? httpsGet : httpGet;
    get(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', () => {
      resolve(0);
    });
  });
