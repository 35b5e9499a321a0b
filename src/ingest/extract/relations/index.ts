/**
 * The relation rules, in order. Each reads one sentence view and emits facts;
 * titles run first because they tell later rules whom a person stands for.
 */
import { agreements } from './agreements';
import { cosignatories } from './cosignatories';
import { delegations } from './delegations';
import { investments } from './investments';
import { locations } from './locations';
import { meetings } from './meetings';
import { participation } from './participation';
import { partOf } from './part-of';
import { pluralTitles } from './plural-titles';
import { receivedDelegation } from './received-delegation';
import { signatories } from './signatories';
import { titles } from './titles';
import { trade } from './trade';
import type { RelationRule } from './view';
import { visits } from './visits';

export const relationRules: RelationRule[] = [
  delegations, // no facts: remembers the delegation's body and leader for later rules and sentences
  titles, // GOVERNS, HOLDS_POSITION, REPRESENTS, ACCREDITED_TO from title phrases; embassies
  pluralTitles, // the same from one plural title shared by a list of holders
  meetings, // MET_WITH
  visits, // VISITED
  receivedDelegation, // VISITED of a delegation to the territory of the head who received it
  investments, // INVESTS_IN
  locations, // LOCATED_IN
  partOf, // PART_OF
  trade, // TRADE_WITH
  agreements, // AGREEMENT_WITH
  participation, // PARTICIPATED_IN
  signatories, // PARTICIPATED_IN of the people who sign at an event
  cosignatories, // MET_WITH of the two people who sign one document
];
