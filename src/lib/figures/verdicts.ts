/** How a check's verdict is named wherever it is shown: charts, pages, downloads. */
import type { Verdict } from './types';

export const verdictLabel: Record<Verdict, string> = {
  consistent: '数值相符',
  direction: '方向相符',
  uncheckable: '无法核对',
  inconsistent: '不符',
};
