/**
 * Words of address. They tell a salutation (同志们:) from a speaker's name, and keep "同志们:" from
 * being read as a "name:" prefix.
 */
const ADDRESS =
  /(同志们|同志|各位|代表们|朋友们|女士们|先生们|来宾们|嘉宾们|同学们|老师们|大家|领导们|企业家们)/u;

const SALUTATION_LINE = /^[^。!！?？;；]{0,40}[:：]$/u;

/** A line such as 同志们: or 各位代表、同志们: (it ends with a colon and names who is addressed). */
export const isSalutation = (content: string): boolean =>
  content.length <= 50 && SALUTATION_LINE.test(content) && ADDRESS.test(content);

/** Whether a short run of text is a word of address rather than a name. */
export const isAddressWord = (s: string): boolean => ADDRESS.test(s);
