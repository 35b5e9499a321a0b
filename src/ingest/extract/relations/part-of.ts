/**
 * PART_OF, only when stated: "the Fergana region of Uzbekistan", "Согдийской
 * области Таджикистана", "the city of Kokand in the Fergana region", "Margilan,
 * a city of the Fergana region", "administrative centre of", "в рамках Недели".
 */
import { between, type RelationRule } from './view';

const joins: [string, string, RegExp][] = [
  ['Region', 'Country', /^(?:\s+of(?:\s+the)?\s+|,\s*|\s+)$/],
  [
    'City',
    'Region',
    /^(?:\s+in(?:\s+the)?\s+|,\s+(?:a|the)\s+(?:\p{Ll}+\s+)?city\s+of(?:\s+the)?\s+|\s+is\s+the\s+administrative\s+cent(?:re|er)\s+of(?:\s+the)?\s+|,\s+dem\s+Verwaltungszentrum\s+des\s+|,\s+der\s+Hauptstadt\s+des\s+)$/u,
  ],
  [
    'Event',
    'Event',
    /^(?:\s*,?\s*(?:\p{L}+\s+){0,5}(?:within the framework of|as part of|im Rahmen|в рамках)(?:\s+the|\s+der)?\s+)$/u,
  ],
];

export const partOf: RelationRule = (view) => {
  const items = view.items.filter((i) => !i.ref);
  for (let a = 0; a < items.length; a += 1) {
    const part = items[a];
    const whole = items[a + 1];
    if (!part || !whole || part.entity === whole.entity || part.entity.roles.includes('EconomicZone')) continue;
    const gap = between(view, part.end, whole.start);
    const join = joins.find(
      ([from, to, pattern]) => part.entity.kind === from && whole.entity.kind === to && pattern.test(gap),
    );
    if (!join) continue;
    // "Ambassador of X to Y": a country after a region is containment only without a "to/in" in the gap.
    view.emit(
      'PART_OF',
      part.entity,
      whole.entity,
      {},
      `${view.article.language}.part-of.${join[0].toLowerCase()}`,
      0.75,
    );
  }
};
