import { describe, expect, it } from 'vitest';
import { pseudoTranslateHtml, pseudoTranslateText } from '../../mocks/handlers/libretranslate';

describe('the demo’s pseudo-translation', () => {
  it('marks text runs and never touches tags or attributes', () => {
    expect(
      pseudoTranslateHtml('<p title="a > b">Hi <a href=\'/x?a=1&b=2\'>there</a>!</p>\n<img alt="Alt">', 'fr'),
    ).toBe('<p title="a > b">[fr] Hi <a href=\'/x?a=1&b=2\'>[fr] there</a>[fr] !</p>\n<img alt="Alt">');
  });

  it('leaves script and style contents and blank runs alone', () => {
    expect(pseudoTranslateHtml('<style>p { x: 1 }</style> <p>Yes</p>', 'de')).toBe(
      '<style>p { x: 1 }</style> <p>[de] Yes</p>',
    );
  });

  it('marks plain text once', () => {
    expect(pseudoTranslateText('A <b> title', 'ar')).toBe('[ar] A <b> title');
    expect(pseudoTranslateText('  ', 'ar')).toBe('  ');
  });
});
