/**
 * 分别: a list of figures the sentence distributes over a list of subjects (城乡低保标准分别提高
 * 9.97%和14.1%; 营业总收入、利润总额五年分别增长97.3%、27.7%), when nothing else relates them
 * (分别从…提高到… is before-after). It implies no arithmetic.
 */
import { between, clauseBefore, draft } from './common';
import type { Draft, FindInput, RelationKind } from './kind';

const LEAD =
  /分别(?:为|是|达到?|增长|提高|下降|降低|增加|减少|上升|高于?|低于?|增长了|提高了)?(?:超过?|约|近)?$/;
const JOIN = /^[、和及与]$/;

function find({ view, figures, found }: FindInput): Draft[] {
  const taken = new Set(found.flatMap((d) => d.members.map((m) => m.figure)));
  const drafts: Draft[] = [];
  figures.forEach((first, i) => {
    const lead = LEAD.exec(clauseBefore(view, first));
    if (lead === null || taken.has(first.id)) return;
    const list = [first];
    while (
      figures[i + list.length] &&
      JOIN.test(between(view, list[list.length - 1]!, figures[i + list.length]!))
    )
      list.push(figures[i + list.length]!);
    if (list.length < 2 || list.some((f) => taken.has(f.id))) return;
    const start = first.start - lead[0].length;
    drafts.push(
      draft(
        'aligned',
        list.map((f) => ['item', f]),
        { text: '分别', start, end: start + 2 },
      ),
    );
  });
  return drafts;
}

export const aligned: RelationKind = {
  type: 'aligned',
  cues: ['分别增长', '分别提高', '分别为'],
  find,
  check: () => null,
};
