export * from './ontology';
export { checkOntology, OntologyError, type OntologyTables } from './check';
export { validateFact, type FactProblem } from './validate';
export { isEntityKind, isPartialDate, isRelationType } from './validate';

import { checkOntology as check } from './check';
import { entityKinds as kinds, relations as relationTable, roles as roleTable } from './ontology';

check({ entityKinds: kinds, roles: roleTable, relations: relationTable });
