import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { decodeSpeech } from './src/lib/speech/index';
const t = decodeSpeech(readFileSync('tests/fixtures/corpus/cn-2014-zhengfu-gongzuo-baogao/source.txt')).text;
const g = parse(readFileSync('tests/fixtures/gold/cn-2014-zhengfu-gongzuo-baogao.yaml','utf8'));
for (const f of g.figures) console.log(f.id.padEnd(28), t.slice(f.start-10,f.start)+'['+t.slice(f.start,f.end)+']'+t.slice(f.end,f.end+4));
