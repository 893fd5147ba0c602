// The dossier (schema isnad.dossier/1, shared/contract/dossier.md): the project's public output.
// Built here and only here, from the pipeline's result; every other view (Markdown, web, API) reads it.
import type { AnalysisResult } from "../pipeline/analyze-batch.js";
import { buildNaming, type NamingTable } from "../resolve/index.js";

export const DOSSIER_SCHEMA = "isnad.dossier/1";

export interface DossierLine {
  readonly n: number;
  readonly role: string;
  readonly kind?: string;
  /** Only for inputs whose lines are not lines of a file (HTML paragraphs): the paragraph itself. */
  readonly text?: string;
}

export interface DossierDocument {
  readonly id: string;
  readonly source: string;
  /** An addition to isnad.dossier/1: the page's URL, for inputs that have one (fetched, archived, fed). */
  readonly url?: string;
  readonly format: string;
  /** ISO 639-1, or null when the language is none of those recognised. */
  readonly language: string | null;
  readonly encoding: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly publishedFrom: string | null;
  readonly publishedBasis: string | null;
  readonly lines: readonly DossierLine[];
  readonly quantities: readonly object[];
  readonly times: readonly object[];
  readonly entities: readonly object[];
  readonly attributions: readonly object[];
  /** An addition to isnad.dossier/1: the voice of each headline (src/resolve/attributions/framing.ts). */
  readonly framing: readonly object[];
}

export interface Dossier {
  readonly schema: typeof DOSSIER_SCHEMA;
  readonly generatedAt: string;
  readonly generator: { readonly name: "isnad"; readonly version: string };
  readonly documents: readonly DossierDocument[];
  readonly actors: readonly object[];
  /**
   * An addition to isnad.dossier/1: per story (or for the whole batch before stories exist), the names
   * each outlet uses for each actor, judgement labels flagged (src/resolve/actors/naming.ts).
   */
  readonly naming: readonly NamingTable[];
  readonly stories: readonly object[];
  readonly errors: readonly { readonly source: string; readonly code: string; readonly message: string }[];
}

export function buildDossier(result: AnalysisResult, version: string): Dossier {
  const extractionOf = new Map(result.extractions.map((e) => [e.documentId, e]));
  return {
    schema: DOSSIER_SCHEMA,
    generatedAt: result.finishedAt,
    generator: { name: "isnad", version },
    documents: result.documents.map((doc) => {
      const found = extractionOf.get(doc.id);
      return {
        id: doc.id,
        source: doc.source,
        ...(doc.url ? { url: doc.url } : {}),
        format: doc.format,
        language: doc.language === "other" ? null : doc.language,
        encoding: doc.encoding,
        outlet: doc.outlet,
        title: doc.title,
        byline: doc.byline,
        published: doc.published,
        publishedFrom: doc.publishedFrom,
        publishedBasis: doc.publishedBasis ?? null,
        lines: doc.lines.map((line) => ({
          n: line.n,
          role: line.role,
          ...(line.kind ? { kind: line.kind } : {}),
          ...(doc.format === "text" ? {} : { text: line.text }),
        })),
        quantities: (found?.quantities ?? []).map(({ start: _s, end: _e, ...q }) => q),
        times: (found?.times ?? []).map(({ start: _s, end: _e, ...t }) => t),
        entities: (found?.entities ?? []).map(({ start: _s, end: _e, ...e }) => e),
        attributions: found?.attributions ?? [],
        framing: found?.framing ?? [],
      };
    }),
    actors: result.actors,
    naming: buildNaming(result.documents, result.extractions, result.actors, result.stories),
    stories: result.stories,
    errors: result.errors.map(({ source, code, message }) => ({ source, code, message })),
  };
}
