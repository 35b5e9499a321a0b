/**
 * What the panels may ask of the viewer (implemented in main.ts), so that each
 * panel only renders and never reaches into another panel or the drawing.
 */
import type { EntityRef, Fact } from './queries';
import type { WatchRef } from './watch-queries';

export interface Actions {
  /** Opens an entity's profile in the details panel (and selects it when drawn). */
  openNode(id: string, justMade?: WatchRef | null): void;
  /** Opens a fact's evidence in the details panel. */
  openFact(fact: Fact): void;
  /** Adds the entity's neighbourhood to the view. */
  expand(id: string): void;
  hide(id: string): void;
  unhide(id: string): void;
  setPathEnd(end: 'from' | 'to', entity: EntityRef): void;
  showInvestors(entity: EntityRef): void;
  /** Makes a watch of the entity with the editor key (asked for when needed). */
  watch(entity: EntityRef): void;
  /** Deletes the given watches of the entity. */
  unwatch(entity: EntityRef, watchIds: string[]): void;
}
