import { describe, expect, it } from 'vitest';
import { ProjectError } from '../../../src/lib/errors';
import { extractFigures } from '../../../src/lib/figures';
import { figureFile } from '../../../src/lib/site/figure-files';
import { parseSpeech } from '../../../src/lib/speech';
import { SEED_TEXT } from '../speech/seed';

const parsed = parseSpeech(SEED_TEXT);
const speech = {
  slug: 'bijie-2018-08-27-fangguanfu',
  text: parsed.text,
  ...extractFigures(parsed),
};
// 1977 stands on line 10 of the seed: 今年以来全市共审批、核准、备案项目1977个.
const figure = speech.figures.find((f) => f.text === '1977个')!;

describe('figureFile', () => {
  it('passes on what it makes', () => {
    expect(figureFile(speech, figure.id, 'SVG', () => '<svg/>')).toBe('<svg/>');
  });

  it('names the speech’s source line, the figure and the file when making it throws', () => {
    const make = () =>
      figureFile(speech, figure.id, 'PNG', () => {
        throw new Error("a non-XML character '\\u{1}' found at 1:465");
      });
    expect(make).toThrow(ProjectError);
    expect(make).toThrow(
      `content/speeches/bijie-2018-08-27-fangguanfu/source.txt:10: figure "${figure.id}": its PNG could not be made (a non-XML character '\\u{1}' found at 1:465).`,
    );
  });

  it('does the same when making it rejects', async () => {
    const made = figureFile(speech, figure.id, 'PNG', () => Promise.reject(new Error('resvg')));
    await expect(made).rejects.toThrow(
      /source\.txt:10: figure ".+": its PNG could not be made \(resvg\)/,
    );
  });
});
