import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createNativeApi } from '../../src/api/adapters/native';
import { InvalidResponseError } from '../../src/api/errors';
import { server } from '../../mocks/node';
import { ENDPOINTS, variantsOf, type Endpoint, type Variant } from '../support/malformed-variants';

/**
 * Every malformed variant of every native endpoint's answer is refused by the adapter as an
 * InvalidResponseError that names the field at fault (or the answer as a whole), never accepted
 * half-read and never thrown as a TypeError for a component to trip over.
 */

function answerWith(endpoint: Endpoint, variant: Variant) {
  server.use(
    http[endpoint.method](
      endpoint.pattern,
      () =>
        new HttpResponse(variant.body, {
          status: endpoint.method === 'post' ? 201 : 200,
          headers: { 'Content-Type': variant.contentType },
        }),
    ),
  );
}

const api = createNativeApi({ url: '/api' }, (input, init) => fetch(input, init));

describe.each(ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))('%s', (_name, endpoint) => {
  const variants = variantsOf(endpoint);

  it('has at least 20 malformed variants, and the valid answer still reads', async () => {
    expect(variants.length).toBeGreaterThanOrEqual(20);
    server.use(http[endpoint.method](endpoint.pattern, () => HttpResponse.json(endpoint.valid as never)));
    await expect(endpoint.call(api)).resolves.toBeDefined();
  });

  it.each(variants.map((variant) => [variant.name, variant] as const))(
    'refuses %s, naming what is wrong',
    async (_variant, variant) => {
      answerWith(endpoint, variant);
      const error = await endpoint.call(api).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({ kind: 'invalid-response' });
      if (variant.field !== null) expect(error).toMatchObject({ field: variant.field });
      expect((error as Error).message).toMatch(variant.message);
      if (variant.field) expect((error as Error).message).toContain(variant.field);
    },
  );
});
