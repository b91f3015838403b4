// The one table from Glue code to text: the situation decides which text a code gets,
// several errors read the first that has one, and codes without one read as their status.
import { beforeAll, describe, expect, it } from 'vitest';
import { GLUE_ERRORS, TEMPLATED_ERRORS } from '../../contract/glue-errors';
import { loadPageMessages, translator } from '../i18n/i18n';
import { errorMessage } from './error-message';
import { GlueError, NetworkError } from './glue-error';
import { GLUE_MESSAGES } from './glue-messages';

const glue = (status: number, ...codes: string[]) =>
  new GlueError(
    status,
    codes.map((code) => ({ status, code, detail: `detail ${code}` })),
  );
const t = translator('en');

beforeAll(async () => {
  await loadPageMessages();
});

describe('errorMessage', () => {
  it('has an entry for every code of the contract', () => {
    expect(Object.keys(GLUE_MESSAGES).sort()).toEqual(
      [...Object.keys(GLUE_ERRORS), ...Object.keys(TEMPLATED_ERRORS)].sort(),
    );
  });

  it('says 101 one way to someone editing the cart and another to its owner sharing it', () => {
    expect(errorMessage(glue(404, '101'), t, 'cart')).toBe(
      'This cart no longer exists or is no longer shared with you.',
    );
    expect(errorMessage(glue(404, '101'), t, 'sharing')).toBe('This cart no longer exists.');
  });

  it('reads the first error that has a text: 102 then 113 is an unknown product', () => {
    expect(errorMessage(glue(422, '102', '113'), t, 'addItem')).toBe(
      'There is no product with this SKU.',
    );
    expect(errorMessage(glue(422, '113'), t, 'addItem')).toBe(
      'No product with this SKU can be added.',
    );
    expect(errorMessage(glue(422, '113'), t, 'cart')).toBe(
      'This product could not be added. Check the SKU.',
    );
  });

  it('falls back from a specific situation to the general one, with parameters', () => {
    expect(errorMessage(glue(412, '006'), t, 'rename', { name: 'Q4' })).toMatch(/Q4/);
    expect(errorMessage(glue(403, '115'), t, 'rename')).toBe(
      errorMessage(glue(403, '115'), t, 'cart'),
    );
  });

  it('reads a code without a text for the situation as its status', () => {
    expect(errorMessage(glue(401, '003'), t, 'login')).toBe(
      'The email or password is not correct.',
    );
    expect(errorMessage(glue(401, '003'), t, 'cart')).toBe(
      'Your session has ended. Please log in again.',
    );
    expect(errorMessage(glue(403, '1405'), t, 'sharing')).toBe('You are not allowed to do this.');
    expect(errorMessage(glue(422, '9999'), t, 'sharing')).toBe('The shop could not accept this.');
    expect(errorMessage(new NetworkError(new TypeError('x')), t, 'cart')).toBe(
      'The shop could not be reached. Check your connection and try again.',
    );
  });
});
