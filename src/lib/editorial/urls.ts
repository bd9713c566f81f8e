/** Addresses of editors' pages; made with the site's href so the base path applies. */
export const storyPath = (slug: string): string => `/stories/${slug}/`;
