/** Joining short statements into Chinese prose. */

/**
 * Sentences run together as prose: each keeps its own closing stop (also one just inside a
 * closing quote: …了。” ), or is given 。
 */
export const sentences = (parts: readonly string[]): string =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => (/[。!?;!?;][”’」』）)]?$/.test(p) ? p : `${p}。`))
    .join('');
