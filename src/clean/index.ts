// clean/: line roles (title | body | boilerplate | metadata), title, byline and outlet of each page.

export { matchKey } from "../text/match-key.js";
export { assignLineRoles, type RawLine, type RoleContext, type RoleResult } from "./assign-roles.js";
export { type CleanOptions, cleanDocuments, nonBlankLines } from "./clean-documents.js";
