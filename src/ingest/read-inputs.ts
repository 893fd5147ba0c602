// The ingest stage as the CLI sees it: paths in, decoded texts (or one error per bad input) out, in
// walk order. Nothing here throws for a bad input: the dossier lists it under `errors` and the batch
// goes on.

import { isIsnadError } from "../core/errors.js";
import type { DecodedInput, InputError } from "../core/types.js";
import { decodeText } from "./decode-text.js";
import { type WalkOptions, walkInputs } from "./walk-inputs.js";

export type ReadOptions = WalkOptions;

export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<DecodedInput | InputError> {
  for await (const item of walkInputs(paths, options)) {
    if (!("bytes" in item)) {
      yield item;
      continue;
    }
    try {
      yield decodeText(item);
    } catch (error) {
      // Only the errors decodeText means to raise; anything else is a bug and should surface.
      if (!isIsnadError(error)) throw error;
      yield { source: item.source, code: error.code, message: error.message };
    }
  }
}

/** Tells the two kinds of item apart: an InputError has a code and no text. */
export function isInputError(item: DecodedInput | InputError): item is InputError {
  return "code" in item && !("text" in item);
}
