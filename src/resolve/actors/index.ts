// resolve/actors: entity mentions of a batch → actors (one per real-world entity), and the naming
// table (which outlet calls which actor what).

export { stableId } from "./build-actors.js";
export {
  buildNaming,
  judgementLabels,
  type NamingCell,
  type NamingName,
  type NamingRow,
  type NamingTable,
} from "./naming.js";
export { type ActorResolution, resolveActors } from "./resolve-actors.js";
