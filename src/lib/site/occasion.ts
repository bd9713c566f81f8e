/**
 * The occasion a speech was given at, read off its title: 在…上的讲话 → the meeting's name.
 */
export function occasionOf(title: string | null | undefined): string | null {
  const m = /^在(.+?)(?:上|中)的(?:讲话|致辞|发言|报告)$/.exec(title?.trim() ?? '');
  return m?.[1] ?? null;
}
