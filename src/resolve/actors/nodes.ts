// Each name mention becomes a node of the union-find: its gazetteer id when it has one, else its name
// key within its class of actor. References have no node of their own; resolution points them at one.
import type { EntityType } from "../../core/types.js";
import { type EntityMention, nameKey } from "../../extract/entities/index.js";

/** A mention placed in the batch. */
export interface Placed {
  /** Index of the document in the batch. */
  readonly doc: number;
  readonly docId: string;
  /** Position among the document's mentions (text order). */
  readonly order: number;
  readonly m: EntityMention;
  /** Null for references. */
  readonly node: string | null;
}

/** Places of any kind are one class: «الرقة» may come as a city (GPE) or as a region (LOC). */
export type ActorClass = "PERSON" | "ORG" | "PLACE" | "OTHER";

export function classOf(type: EntityType): ActorClass {
  if (type === "GPE" || type === "LOC" || type === "FAC") return "PLACE";
  return type;
}

export function gazetteerNode(id: string): string {
  return `gaz:${id}`;
}

export function nameNode(type: EntityType, surface: string): string | null {
  const key = nameKey(surface);
  return key ? `name:${classOf(type)}:${key}` : null;
}

export function nodeOf(m: EntityMention): string | null {
  if (m.kind === "reference") return null;
  if (m.gazetteerId) return gazetteerNode(m.gazetteerId);
  return nameNode(m.type, m.text);
}

/** The class part of a node key («name:ORG:…» → ORG), or null for a gazetteer node. */
export function nodeClass(node: string): ActorClass | null {
  return node.startsWith("name:") ? (node.split(":")[1] as ActorClass) : null;
}
