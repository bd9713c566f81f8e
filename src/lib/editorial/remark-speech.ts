/**
 * A remark plugin for MDX: the editorial components (<Figure>, <Check>, <Quote>) take their
 * speech from the file's frontmatter `speech` unless the tag names its own, so an id that is in
 * several speeches means the one the file is about (as the editorial loader checked it).
 */

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** The part of an MDX syntax tree node this plugin reads (mdast with mdast-util-mdx-jsx). */
export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: MdxNode[];
}

const COMPONENTS = new Set(['Figure', 'Check', 'Quote']);
const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Adds speech="<speech>" to every editorial component in the tree that names none. */
export function nameSpeech(tree: MdxNode, speech: string): void {
  if (JSX.has(tree.type) && COMPONENTS.has(tree.name ?? '')) {
    const attributes = (tree.attributes ??= []);
    if (!attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'speech'))
      attributes.push({ type: 'mdxJsxAttribute', name: 'speech', value: speech });
  }
  for (const child of tree.children ?? []) nameSpeech(child, speech);
}

/** The plugin: Astro's MDX puts the file's frontmatter in `file.data.astro.frontmatter`. */
export function remarkFileSpeech() {
  return (tree: MdxNode, file: { data: { astro?: { frontmatter?: { speech?: unknown } } } }) => {
    const speech = file.data.astro?.frontmatter?.speech;
    if (typeof speech === 'string') nameSpeech(tree, speech);
  };
}
