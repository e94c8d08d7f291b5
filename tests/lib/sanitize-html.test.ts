/* eslint-disable testing-library/no-node-access -- the sanitizer's output is markup, not UI: these pure-function tests read the elements and attributes it kept (attributes such as sandbox or srcdoc have no role to query by) */
import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SanitizedHtml } from '../../src/components/sanitized-html';
import { parseConfig } from '../../src/config';
import { configureSanitizer, sanitizeCommentHtml, sanitizePostHtml } from '../../src/lib/sanitize-html';
import { htmlToText } from '../../src/lib/html-text';
import { safeHttpUrl } from '../../src/lib/safe-url';

/** What the sanitizer produced, as a detached element to inspect (jsdom has no Trusted Types: a string). */
function post(html: string, options?: Parameters<typeof sanitizePostHtml>[1]): HTMLElement {
  const out = document.createElement('div');
  out.innerHTML = String(sanitizePostHtml(html, options));
  return out;
}

function comment(html: string): HTMLElement {
  const out = document.createElement('div');
  out.innerHTML = String(sanitizeCommentHtml(html));
  return out;
}

afterEach(() => configureSanitizer({ iframeHosts: [] }));

describe('post HTML', () => {
  it('keeps prose and drops scripts, event handlers and javascript: links', () => {
    const out = post(
      '<p>Filing <b>deadlines</b></p><script>window.__xss=1</script>' +
        '<img src="/a.png" onerror="window.__xss=2"><a href="javascript:alert(1)">click</a>' +
        '<a href=" JaVaScRiPt:alert(1)">spaced</a><svg onload="alert(1)"></svg>',
    );
    expect(out.querySelector('p')?.textContent).toBe('Filing deadlines');
    expect(out.querySelector('script, svg')).toBeNull();
    expect(out.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    for (const link of out.querySelectorAll('a')) expect(link.hasAttribute('href')).toBe(false);
  });

  it('drops forms, their controls, style elements and style attributes', () => {
    const out = post(
      '<form action="https://attacker.test/"><input name="q"><button formaction="https://attacker.test/">Go</button></form>' +
        '<style>body{display:none}</style><p style="position:fixed;inset:0">Covered</p>',
    );
    expect(out.querySelector('form, input, button, style')).toBeNull();
    expect(out.querySelector('p')?.hasAttribute('style')).toBe(false);
    expect(out.textContent).toContain('Covered');
  });

  it('allows data: URLs only as image sources', () => {
    const out = post(
      '<img alt="dot" src="data:image/png;base64,iVBORw0KGgo=">' +
        '<img alt="page" src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">' +
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    );
    const [dot, page] = out.querySelectorAll('img');
    expect(dot?.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(page?.hasAttribute('src')).toBe(false);
    expect(out.querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('gives target=_blank links rel="noopener noreferrer" and drops other targets', () => {
    const out = post('<a href="/about" target="_blank">new tab</a><a href="/x" target="_top">top</a>');
    const [blank, top] = out.querySelectorAll('a');
    expect(blank?.getAttribute('target')).toBe('_blank');
    expect(blank?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(top?.hasAttribute('target')).toBe(false);
  });

  it('prefixes ids so a post cannot clobber the page, and its in-page links follow', () => {
    const out = post('<h2 id="post-title">Part two</h2><a href="#post-title">jump</a>');
    expect(out.querySelector('h2')?.id).toBe('user-content-post-title');
    expect(out.querySelector('a')?.getAttribute('href')).toBe('#user-content-post-title');
  });

  it('makes images lazy and keeps their size; the lead image can be fetched first instead', () => {
    const html = '<img src="/a.png" width="640" height="360" alt="A"><img src="/b.png" alt="B">';
    const [first, second] = post(html, { priorityFirstImage: true }).querySelectorAll('img');
    expect(first?.getAttribute('fetchpriority')).toBe('high');
    expect(first?.hasAttribute('loading')).toBe(false);
    expect(first?.getAttribute('width')).toBe('640');
    expect(first?.getAttribute('height')).toBe('360');
    expect(second?.getAttribute('loading')).toBe('lazy');
    expect(second?.getAttribute('decoding')).toBe('async');

    const plain = post(html).querySelector('img');
    expect(plain?.getAttribute('loading')).toBe('lazy');
    expect(plain?.hasAttribute('fetchpriority')).toBe(false);
  });
});

describe('iframes', () => {
  const player =
    '<iframe src="https://player.vimeo.com/video/1" width="640" height="360" title="Talk"></iframe>';

  it('are removed when no host is allowed (the default)', () => {
    expect(post(player).querySelector('iframe')).toBeNull();
  });

  it('are kept, sandboxed and lazy, from an allowed host over https', () => {
    configureSanitizer({ iframeHosts: ['player.vimeo.com'] });
    const frame = post(player + '<p>after</p>').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://player.vimeo.com/video/1');
    expect(frame?.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-presentation');
    expect(frame?.getAttribute('loading')).toBe('lazy');
    expect(frame?.getAttribute('title')).toBe('Talk');
  });

  it('are removed over http, from look-alike hosts, or with srcdoc content', () => {
    configureSanitizer({ iframeHosts: ['player.vimeo.com'] });
    const out = post(
      '<iframe src="http://player.vimeo.com/video/1"></iframe>' +
        '<iframe src="https://player.vimeo.com.attacker.test/x"></iframe>' +
        '<iframe src="https://evil.player.vimeo.com/x"></iframe>' +
        '<iframe src="https://attacker.test/#player.vimeo.com"></iframe>' +
        '<iframe src="https://player.vimeo.com/video/1" srcdoc="<script>alert(1)</script>" onload="alert(2)"></iframe>',
    );
    const frames = [...out.querySelectorAll('iframe')];
    expect(frames).toHaveLength(1);
    expect(frames[0]?.hasAttribute('srcdoc')).toBe(false);
    expect(frames[0]?.hasAttribute('onload')).toBe(false);
  });

  it('hosts come from config.json, validated, and are off when the section is missing', () => {
    expect(parseConfig({ backend: { kind: 'demo' } }).embeds).toBeUndefined();
    expect(
      parseConfig({ backend: { kind: 'demo' }, embeds: { iframeHosts: ['Player.Vimeo.com'] } }).embeds,
    ).toEqual({ iframeHosts: ['player.vimeo.com'] });
    expect(() =>
      parseConfig({ backend: { kind: 'demo' }, embeds: { iframeHosts: ['https://player.vimeo.com'] } }),
    ).toThrowError(expect.objectContaining({ field: 'embeds.iframeHosts[0]' }));
  });
});

describe('comment HTML', () => {
  it('keeps only bold, italic and http(s) links, each marked as user content', () => {
    const out = comment(
      '<b>Thanks</b> <i>so</i> <u>much</u> <img src=x onerror=alert(1)><h1>Big</h1>' +
        '<a href="https://example.org/" title="t" target="_blank">mine</a><a href="javascript:alert(1)">bad</a>' +
        '<a href="/2020/09/inside.html">inside</a>',
    );
    expect(out.querySelectorAll('b, i')).toHaveLength(2);
    expect(out.querySelector('u, img, h1')).toBeNull();
    expect(out.textContent).toContain('Big');
    const [mine, bad, inside] = out.querySelectorAll('a');
    expect(mine?.getAttribute('href')).toBe('https://example.org/');
    expect(mine?.getAttribute('rel')).toBe('nofollow ugc noopener noreferrer');
    expect(mine?.hasAttribute('title') || mine?.hasAttribute('target')).toBe(false);
    expect(bad?.hasAttribute('href')).toBe(false);
    expect(inside?.hasAttribute('href')).toBe(false);
  });
});

describe('URLs and text from backends', () => {
  it('accepts only http(s) URLs', () => {
    expect(safeHttpUrl('https://example.org/me')).toBe('https://example.org/me');
    expect(safeHttpUrl('/demo/authors/ana.svg')).toBe('/demo/authors/ana.svg');
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '',
      null,
    ]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });

  it('reads the text of HTML without its scripts', () => {
    expect(htmlToText('<p>Two  <b>words</b></p><script>alert(1)</script>')).toBe('Two words');
  });

  it('renders what the sanitizer kept, where a reader sees it', () => {
    render(
      createElement(SanitizedHtml, {
        kind: 'post',
        html: '<p>Visa <a href="https://example.org/" target="_blank">guide</a></p><img src="/x.png" alt="Form I-130" onerror="alert(1)">',
      }),
    );
    expect(screen.getByRole('link', { name: 'guide' })).toHaveAttribute('rel', 'noopener noreferrer');
    const image = screen.getByRole('img', { name: 'Form I-130' });
    expect(image).toHaveAttribute('fetchpriority', 'high');
    expect(image).not.toHaveAttribute('onerror');
  });
});
