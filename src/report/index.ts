export {
  buildDossier,
  DOSSIER_SCHEMA,
  type Dossier,
  type DossierDocument,
  type DossierLine,
} from "./dossier.js";
export { renderMarkdown } from "./markdown.js";
