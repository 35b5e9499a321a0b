import { scoreFile } from '../../../src/eval/score';

const gold = {
  entities: [
    { name: 'Fergana Region', type: 'Region', aliases: ['Ferghana region'] },
    { name: 'Kazakhstan', type: 'Country', aliases: [] },
    { name: 'Ali Valiev', type: 'Person', aliases: [] },
  ],
  relations: [
    { from: 'Fergana Region', type: 'TRADE_WITH', to: 'Kazakhstan', properties: { amount: 5 } },
    { from: 'Ali Valiev', type: 'GOVERNS', to: 'Fergana Region', properties: { title: 'khokim' } },
  ],
};

describe('scoreFile', () => {
  it('matches entities on aliases one-to-one and symmetric relations in either direction', () => {
    const predicted = {
      entities: [
        { name: 'Ferghana Region', type: 'Region', aliases: ['Ferghana region'] },
        { name: 'Kazakhstan', type: 'Country', aliases: [] },
        { name: 'Kazakhstan', type: 'Country', aliases: ['Kasachstan'] },
        { name: 'Ali Valiev', type: 'City', aliases: [] },
      ],
      relations: [
        { from: 'Kazakhstan', type: 'TRADE_WITH', to: 'Ferghana Region', properties: { amount: 5 } },
        { from: 'Kazakhstan', type: 'TRADE_WITH', to: 'Ferghana Region', properties: {} },
      ],
    };
    const score = scoreFile(predicted, gold);
    expect(score.entities).toMatchObject({ tp: 2, predicted: 4, gold: 3 });
    expect(score.relations).toMatchObject({ tp: 1, predicted: 2, gold: 2 });
    expect(score.properties).toEqual({ correct: 1, total: 1 });
  });

  it('does not turn an asymmetric relation around', () => {
    const predicted = {
      entities: gold.entities,
      relations: [{ from: 'Fergana Region', type: 'GOVERNS', to: 'Ali Valiev', properties: {} }],
    };
    expect(scoreFile(predicted, gold).relations.tp).toBe(0);
  });
});

describe('scoreFile matches', () => {
  it('says which predicted item matched which gold item, and which gold properties differ', () => {
    const predicted = {
      entities: [
        { name: 'Samarkand', type: 'City', aliases: [] },
        { name: 'Ali Valiev', type: 'Person', aliases: [] },
        { name: 'Fergana Region', type: 'Region', aliases: [] },
      ],
      relations: [
        { from: 'Ali Valiev', type: 'VISITED', to: 'Samarkand', properties: {} },
        { from: 'Ali Valiev', type: 'GOVERNS', to: 'Fergana Region', properties: { title: 'governor' } },
      ],
    };
    const score = scoreFile(predicted, gold);
    expect(score.matches.entities).toEqual([
      { predicted: 1, gold: 2 },
      { predicted: 2, gold: 0 },
    ]);
    expect(score.matches.relations).toEqual([
      { predicted: 1, gold: 1, mismatches: [{ key: 'title', gold: 'khokim', predicted: 'governor' }] },
    ]);
    expect(score.properties).toEqual({ correct: 0, total: 1 });
  });

  it('reports a gold property the extraction lacks as predicted undefined', () => {
    const predicted = {
      entities: gold.entities,
      relations: [{ from: 'Kazakhstan', type: 'TRADE_WITH', to: 'Fergana Region', properties: {} }],
    };
    expect(scoreFile(predicted, gold).matches.relations[0]?.mismatches).toEqual([
      { key: 'amount', gold: 5, predicted: undefined },
    ]);
  });
});
