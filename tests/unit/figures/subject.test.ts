import { describe, expect, it } from 'vitest';
import { extractFigureList } from '../../../src/lib/figures/extract';
import { linesToSpeech } from './helpers';

const subjectsOf = (sentence: string) =>
  extractFigureList(linesToSpeech([sentence])).figures.map((f) => [f.text, f.subject]);

// Sentences from national and provincial work reports; each subject is what a journalist
// would name the figure by, written down by reading the sentence.
const NAMED: [string, string[][]][] = [
  ['国内生产总值达到67.7万亿元。', [['67.7万亿元', '国内生产总值']]],
  ['城镇新增就业1312万人。', [['1312万人', '城镇新增就业']]],
  ['居民消费价格涨幅3%左右。', [['3%左右', '居民消费价格涨幅']]],
  ['地方一般公共预算收入增长2%。', [['2%', '地方一般公共预算收入']]],
  ['实现城镇新增就业5000万人以上。', [['5000万人以上', '城镇新增就业']]],
  ['完成投资超1000亿元。', [['超1000亿元', '投资']]],
  [
    '城市天然气普及率从45.8%提升至77.3%。',
    [
      ['45.8%', '城市天然气普及率'],
      ['77.3%', '城市天然气普及率'],
    ],
  ],
  ['新建2500个低空起降设施。', [['2500个', '低空起降设施']]],
  ['推进4个中小企业数字化转型城市试点。', [['4个', '中小企业数字化转型城市试点']]],
  ['中央财政安排1000亿元专项奖补资金。', [['1000亿元', '专项奖补资金']]],
  [
    '民间投资增长2.1%、高于全国8.5个百分点。',
    [
      ['2.1%', '民间投资'],
      ['8.5个百分点', '民间投资'],
    ],
  ],
  ['生物医药等3个国家级战略性新兴产业集群。', [['3个', '国家级战略性新兴产业集群']]],
  [
    '城乡居民收入比由2.9∶1缩小至2.52∶1。',
    [
      ['2.9∶1', '城乡居民收入比'],
      ['2.52∶1', '城乡居民收入比'],
    ],
  ],
  ['全省城镇更新改造惠及390万人。', [['390万人', '城镇更新改造']]],
  ['为超20000名视力、听力、肢体等残疾儿童免费提供训练。', [['超20000名', '残疾儿童']]],
  ['托育服务惠及超50万名3岁以下婴幼儿。', [['超50万名', '婴幼儿']]],
  ['加快建设成都科创生态岛和11个市（州）分岛。', [['11个', '市（州）分岛']]],
];

describe('subjects name what a figure measures', () => {
  it.each(NAMED)('%s', (sentence, expected) => {
    expect(subjectsOf(sentence)).toEqual(expected);
  });

  it('is never a bare verb: where no noun names the figure, it says so with an empty subject', () => {
    expect(subjectsOf('其中有12个。')).toEqual([['12个', '']]);
    expect(subjectsOf('提升39%。')).toEqual([['39%', '']]);
  });
});
