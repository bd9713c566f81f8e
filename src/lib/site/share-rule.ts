/**
 * Which figures get a share image of their own: those whose page says more than the sentence —
 * a figure in a relation (so with checks, or a chart of its relatives) or one an editor wrote a
 * note on. Any other figure page shares its speech's image: a card for every bare number made
 * most of the build's bytes and said nothing the speech's card does not.
 */

/** The rule, on the speech's relations and the ids of figures with notes. */
export const figuresWorthSharing = (
  relations: readonly { members: readonly { figure: string }[] }[],
  noted: readonly string[],
): ReadonlySet<string> =>
  new Set([...relations.flatMap((r) => r.members.map((m) => m.figure)), ...noted]);
