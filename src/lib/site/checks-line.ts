import type { Check } from '../figures';
import { countStanding } from './verdicts';

/**
 * One line on a speech's card: how many figures and checks, and only then what an editor has
 * confirmed does not add up or what awaits review, so that "0项不符" never reads as a finding.
 */
export function checksLine(figures: number, checks: readonly Check[]): string {
  const found = countStanding(checks, 'inconsistent');
  const pending = countStanding(checks, 'pending');
  const notes = [
    found > 0 ? `其中${found}项经编辑核实不符` : '',
    pending > 0 ? `${pending}项待编辑核实` : '',
  ].filter((s) => s !== '');
  const head = `${figures}个数字 · ${checks.length}项核对`;
  return notes.length > 0 ? `${head}，${notes.join('，')}` : head;
}
