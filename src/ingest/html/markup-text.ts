// Text out of HTML fragments that are not parsed into a tree: JSON-LD strings that carry markup or
// entities, feed items' content measured for length.
import { decodeHTML } from "entities";
import { isBlockTag } from "./text-blocks.js";

/** Every HTML entity, named (the whole HTML5 table) or numeric, decoded. */
export function decodeEntities(text: string): string {
  return text.includes("&") ? decodeHTML(text) : text;
}

/** Tags removed; a block element or a line break becomes a newline, an inline one nothing. Scripts,
 * styles and comments go with their content. */
export function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<\/?([a-z][a-z0-9]*)\b[^<>]*>/gi, (_, tag: string) =>
      isBlockTag(tag.toLowerCase()) || tag.toLowerCase() === "br" ? "\n" : "",
    );
}
