// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createNativeHandlers } from '../../mocks/handlers/native';
import { demoData } from '../../mocks/data/index';
import { server } from '../../mocks/node';
import { readPageState } from '../../src/page-state';
import { get, serverHandler } from '../support/server-setup';

const API = 'https://api.blog.test';
const arabic = { ...demoData, blog: { ...demoData.blog, locale: 'ar-EG' } };

describe('a server-rendered page in the blog’s language', () => {
  it('is written in Arabic, right to left, and hands the browser the Arabic catalog', async () => {
    server.use(...createNativeHandlers(arabic, API));
    const { handler } = serverHandler({ backend: { kind: 'native', url: API } });
    const { response, html, document } = await get(handler, '/');
    expect(response.status).toBe(200);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="ar-EG" dir="rtl"/i);
    expect(document.querySelector('h1')?.textContent).toBe('أحدث الرسائل');
    const state = readPageState(document);
    const catalog = state?.queries.queries.find((query) => query.queryKey[0] === 'catalog');
    expect(catalog?.queryKey).toEqual(['catalog', 'ar']);
    expect((catalog?.state.data as Record<string, string>)['chrome.home.latest']).toBe('أحدث الرسائل');
  });

  it('follows config.json’s ui.locale over the backend’s, and sends no catalog for English', async () => {
    server.use(...createNativeHandlers(demoData, API));
    const german = serverHandler({ backend: { kind: 'native', url: API }, ui: { locale: 'de-AT' } });
    const page = await get(german.handler, '/');
    expect(page.html).toMatch(/<html lang="de-AT" dir="ltr"/);
    expect(page.document.querySelector('h1')?.textContent).toBe('Neueste Posts');

    const english = serverHandler({ backend: { kind: 'native', url: API } });
    const plain = await get(english.handler, '/');
    expect(plain.html).toMatch(/<html lang="en-US" dir="ltr"/);
    const keys = readPageState(plain.document)?.queries.queries.map((query) => query.queryKey[0]);
    expect(keys).not.toContain('catalog');
  });
});
