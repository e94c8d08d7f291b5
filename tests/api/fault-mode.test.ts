import { describe, expect, it } from 'vitest';
import { createFaultPlan, faultsFrom, formatFaults, parseFaults } from '../../mocks/backend/faults';
import { createFaultHandlers } from '../../mocks/handlers/faults';
import { server } from '../../mocks/node';
import { ConfigError, parseConfig } from '../../src/config';

/** The demo backend's fault mode (docs/fault-mode.md): its switch, its dice, and its MSW handler. */

describe('the fault switch', () => {
  it('reads the ?demo-faults= text, in any order, and writes it back', () => {
    const options = parseFaults('latency:3000, errors:0.3,hang:1,malformed:0.1,seed:7');
    expect(options).toEqual({ errors: 0.3, latency: 3000, hang: 1, malformed: 0.1, seed: 7 });
    expect(parseFaults(formatFaults(options))).toEqual(options);
    expect(formatFaults(parseFaults('off'))).toBe('off');
  });

  it.each(['errors:2', 'latency:-1', 'hang:0.5', 'speed:3', 'errors', 'errors:abc'])(
    'refuses %s, naming it',
    (text) => {
      expect(() => parseFaults(text)).toThrow(/demo faults/);
    },
  );

  it('is checked in config.json like any other field', () => {
    expect(
      parseConfig({ backend: { kind: 'demo', faults: { errors: 0.3, latency: 3000 } } }).backend,
    ).toEqual({
      kind: 'demo',
      faults: { errors: 0.3, latency: 3000, hang: undefined, malformed: undefined, seed: undefined },
      timeoutMs: undefined,
    });
    expect(() => parseConfig({ backend: { kind: 'demo', faults: { errors: 1.5 } } })).toThrow(ConfigError);
    expect(() => parseConfig({ backend: { kind: 'demo', faults: { errors: 1.5 } } })).toThrow(
      /backend\.faults\.errors/,
    );
  });
});

describe('the dice', () => {
  const urls = Array.from({ length: 2000 }, (_, i) => `http://x/api/posts?cursor=${i}`);

  it('fails about the share asked for, and garbles about the share asked for', () => {
    const plan = createFaultPlan(faultsFrom({ errors: 0.3, malformed: 0.1, seed: 3 }));
    const kinds = urls.map((url) => plan.decide('GET', url).kind);
    const share = (kind: string) => kinds.filter((k) => k === kind).length / kinds.length;
    expect(share('error')).toBeGreaterThan(0.25);
    expect(share('error')).toBeLessThan(0.35);
    expect(share('malformed')).toBeGreaterThan(0.06);
    expect(share('malformed')).toBeLessThan(0.14);
  });

  it('gives the same request the same fate with the same seed, whatever the order', () => {
    const options = faultsFrom({ errors: 0.5, latency: 1000, seed: 9 });
    const forwards = createFaultPlan(options);
    const backwards = createFaultPlan(options);
    const a = urls.slice(0, 50).map((url) => forwards.decide('GET', url));
    const b = urls
      .slice(0, 50)
      .reverse()
      .map((url) => backwards.decide('GET', url))
      .reverse();
    expect(a).toEqual(b);
  });

  it('holds exactly the first `hang` requests', () => {
    const plan = createFaultPlan(faultsFrom({ hang: 2 }));
    expect(urls.slice(0, 4).map((url) => plan.decide('GET', url).kind)).toEqual([
      'hang',
      'hang',
      'pass',
      'pass',
    ]);
  });
});

describe('the MSW handler', () => {
  it('fails, garbles or lets the demo backend answer', async () => {
    server.use(...createFaultHandlers(faultsFrom({ errors: 1 })));
    expect((await fetch('/api/blog')).status).toBe(503);
    server.resetHandlers();
    server.use(...createFaultHandlers(faultsFrom({ malformed: 1 })));
    const garbled = await fetch('/api/blog');
    expect(garbled.status).toBe(200);
    await expect(garbled.text()).resolves.not.toContain('"title"');
    server.resetHandlers();
    server.use(...createFaultHandlers(faultsFrom({})));
    await expect((await fetch('/api/blog')).json()).resolves.toMatchObject({ title: expect.any(String) });
  });
});
