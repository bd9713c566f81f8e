import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embedCode, embedHeight, embedIframe, oembed } from '../../../src/lib/site/embed';
import { integrityOf } from '../../../src/lib/site/sri';

const target = {
  src: 'https://news.example.com/projects/speech/speeches/x/embed/a-1/',
  script: 'https://news.example.com/projects/speech/embed.js',
  title: '新增市场主体“五年来”',
  height: 420,
};

describe('embed code', () => {
  it('is a lazy iframe marked for the resize script, then the script with its integrity', () => {
    const code = embedCode({ ...target, integrity: 'sha384-abc+/=' });
    const [iframe, script] = code.split('\n');
    expect(iframe).toMatch(
      /^<iframe src="https:\/\/news\.example\.com\/projects\/speech\/speeches\/x\/embed\/a-1\/\?theme=light"/,
    );
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('data-fos-embed');
    expect(iframe).toContain('height="420"');
    expect(script).toBe(
      '<script async src="https://news.example.com/projects/speech/embed.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>',
    );
  });

  it('escapes titles so that no title can break out of its attribute', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const html = embedIframe({ ...target, title });
        const m = /title="([^"]*)"/.exec(html);
        expect(m).not.toBeNull();
        const decoded = m![1]!
          .replace(/&lt;/g, '<')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&');
        expect(decoded).toBe(title);
      }),
    );
  });

  it('reserves the height of the chart drawn 320 px wide, plus 44 px of padding and link', () => {
    expect(embedHeight('<svg viewBox="0 0 320 300">')).toBe(344);
    expect(embedHeight('<svg>')).toBe(284);
  });

  it('asks for the light theme unless told otherwise', () => {
    expect(embedIframe(target)).toContain('/?theme=light"');
    expect(embedIframe(target, 'auto')).toContain('/?theme=auto"');
  });

  it('gives oEmbed rich JSON with the same iframe', () => {
    const o = oembed({
      ...target,
      provider: '讲话里的数字',
      providerUrl: 'https://news.example.com/',
      thumbnail: 'https://news.example.com/x.png',
    });
    expect(o.version).toBe('1.0');
    expect(o.type).toBe('rich');
    expect(o.html).toBe(embedIframe(target));
    expect(o.height).toBe(420);
  });
});

describe('subresource integrity', () => {
  it('is SHA-384 of the bytes, in base64, as browsers compute it', () => {
    // sha384("abc") from FIPS 180-2, appendix D.1, in base64.
    expect(integrityOf(new TextEncoder().encode('abc'))).toBe(
      'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn',
    );
  });
});
