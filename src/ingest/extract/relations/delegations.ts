/**
 * Delegations: "a delegation of North Chungcheong Province, headed by X",
 * "Wirtschaftsdelegation des Freistaats Bayern unter Leitung von X", "делегацией
 * Оренбургской области во главе с X", "the Embassy delegation". Emits nothing;
 * remembers the delegation's body and leader so that visits, meetings and
 * "the guests" / "делегация региона" later in the article resolve to them.
 */
import { between, type Item, type RelationRule } from './view';

const body = (i: Item): boolean =>
  i.entity.kind === 'Organization' ||
  ((i.entity.kind === 'Region' || i.entity.kind === 'City') && !i.entity.roles.includes('EconomicZone'));

export const delegations: RelationRule = (view) => {
  const { lexicon } = view.article;
  const text = view.sentence.text;
  const cue = lexicon.cue.delegation.exec(text);
  if (!cue) return;
  const cueStart = view.sentence.start + cue.index;
  const cueEnd = cueStart + cue[0].length;
  const owner =
    view.items.find((i) => body(i) && i.start <= cueStart && i.end >= cueEnd) ??
    view.items.find((i) => body(i) && i.end <= cueStart && /^\s*$/.test(between(view, i.end, cueStart))) ??
    view.items.find(
      (i) =>
        body(i) &&
        i.start >= cueEnd &&
        /^\s*(?:of|from|des|der|aus|из)?\s*(?:the\s+)?$/iu.test(between(view, cueEnd, i.start)),
    );
  const leaderCue = lexicon.cue.leader.exec(text);
  const leaderAt = leaderCue ? view.sentence.start + leaderCue.index + leaderCue[0].length : -1;
  const leader = leaderAt >= 0 ? view.items.find((i) => i.entity.kind === 'Person' && i.start >= leaderAt) : undefined;
  const known = view.state.delegation;
  // "Делегация региона": a referring expression names the delegation already known.
  const same = owner?.ref === true && owner.entity.kind !== 'Organization' && known !== undefined;
  if (same) view.state.delegation = { owner: known.owner ?? owner.entity, leader: leader?.entity ?? known.leader };
  else if (owner || leader) {
    // "the delegation led by X" then "the delegation of X's region": the same delegation, still led by X.
    const knownBody =
      known?.owner ??
      view.state.entities.find((e) => e.localId === view.state.bodyOf.get(known?.leader?.localId ?? ''));
    const keptLeader = !leader && owner && knownBody === owner.entity ? known?.leader : undefined;
    view.state.delegation = { owner: owner?.entity, leader: leader?.entity ?? keptLeader };
  }
};
