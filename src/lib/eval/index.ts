/**
 * The evaluation: gold annotations read by a person, and the scoring of extraction against them
 * (`npm run eval`).
 */
export { parseGold, goldProblems, goldFileSchema } from './gold';
export type { GoldFile, GoldFigure, GoldRelation, GoldRelationType } from './gold';
export { scoreFigures } from './figures';
export type { FigureScore, FigurePair, PredictedFigure } from './figures';
export { scoreRelations, goldTypeOf } from './relations';
export type { RelationScore, PredictedRelation } from './relations';
export { scoreReport, inconsistentChecks } from './report';
export type { ReportScore, Prediction } from './report';
export { formatTable, formatInconsistent, formatDetails, formatVerdicts } from './format';
