export * from './ontology';
export * from './fact-shape';
export { checkOntology, OntologyError, type OntologyTables } from './check';
export { validateFact, type FactProblem } from './validate';
export { isEntityKind, isPartialDate, isRelationType } from './validate';

import { checkOntology as check } from './check';
import {
  entityGroups,
  entityKinds as kinds,
  factProperties,
  relations as relationTable,
  roles as roleTable,
} from './ontology';

check({ entityKinds: kinds, roles: roleTable, relations: relationTable, entityGroups, factProperties });
