/** OPTIONS asks which methods a route takes: the answer is 204 with Allow, as RFC 9110 describes, not 405. */
import { describe, expect, it } from 'vitest';
import { tempApp } from '../support/temp-app.js';

const app = tempApp('options');

const options = (path: string): Promise<Response> => app.fetch(new Request(`http://khulasa.test${path}`, { method: 'OPTIONS' }));

describe('OPTIONS', () => {
  it.each([
    ['/', 'GET, HEAD, OPTIONS'],
    ['/summarize', 'POST, OPTIONS'],
    ['/stories/abc', 'GET, HEAD, OPTIONS'],
  ])('on %s answers 204 with Allow: %s', async (path, allow) => {
    const response = await options(path);
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe(allow);
    expect(await response.text()).toBe('');
  });

  it('on an unknown route is 404 not-found, like any method', async () => {
    expect((await options('/nowhere')).status).toBe(404);
  });
});
