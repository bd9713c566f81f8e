/** What each chart form returns: its drawing, sized, with the words and rows that go with it. */
import type { Figure } from '../figures/types';
import { formatFigure } from './format';

export interface Note {
  tone: 'bad' | 'muted';
  text: string;
}

export interface Panel {
  /** SVG markup in panel coordinates: x from 0 to the inner width, y from 0 to height. */
  body: string;
  height: number;
  /** One plain sentence saying what the chart shows, for the subtitle and the description. */
  summary: string;
  /** Rows of the data table: [what, value, as written]. */
  rows: string[][];
  notes?: Note[];
}

/** What every form needs besides its data. */
export interface FormOptions {
  /** The chart id, prefix for ids inside the SVG. */
  id: string;
  /** Inner width of the panel. */
  width: number;
  /** Id of the figure to highlight. */
  highlight: string;
}

/** A table row for a figure as stated. */
export const figureRow = (label: string, f: Figure): string[] => [label, formatFigure(f), f.text];

/** A table row for a value the chart computes, marked as computed. */
export const computedRow = (label: string, value: string): string[] => [label, value, '（计算）'];

/** Colour of a figure's mark: the highlight for the figure the chart is for. */
export const markColour = (figureId: string, highlight: string): 'highlight' | 'mark' =>
  figureId === highlight ? 'highlight' : 'mark';

/** Text colour of a figure's label: highlight or ink, both legible on the background. */
export const labelColour = (figureId: string, highlight: string): 'highlight' | 'ink' =>
  figureId === highlight ? 'highlight' : 'ink';
