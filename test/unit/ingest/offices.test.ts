/**
 * Single-holder offices in a planned article (src/ingest/offices.ts): which facts name a holder of
 * which office, and who holds it now according to the article.
 */
import type { EntityKind } from '../../../src/model';
import { plannedOffices, type OfficeFact } from '../../../src/ingest/offices';

const kinds: Record<string, EntityKind> = {
  rakhimov: 'Person',
  lundvall: 'Person',
  embassy: 'Organization',
  zarafshan: 'Region',
  norway: 'Country',
  uzbekistan: 'Country',
  tajikistan: 'Country',
};
const kindOf = (id: string) => kinds[id];

const fact = (factId: string, type: string, fromId: string, toId: string, properties = {}): OfficeFact => ({
  factId,
  type,
  fromId,
  toId,
  properties,
});

describe('single-holder offices of an article', () => {
  it("names a territory's head and a country's ambassador to a country, and their current holders", () => {
    const { officesOf, holders } = plannedOffices(
      [
        fact('f1', 'GOVERNS', 'rakhimov', 'zarafshan', { title: 'Khokim', validFrom: '2023-03' }),
        fact('f2', 'REPRESENTS', 'lundvall', 'norway', { title: 'Ambassador' }),
        fact('f3', 'ACCREDITED_TO', 'lundvall', 'uzbekistan', { title: 'Ambassador' }),
      ],
      kindOf,
      'en',
      '2025-06-10',
    );
    expect(Object.fromEntries(officesOf)).toEqual({
      f1: ['head|zarafshan'],
      f2: ['ambassador|norway|uzbekistan'],
      f3: ['ambassador|norway|uzbekistan'],
    });
    expect(holders).toEqual([
      {
        office: 'head|zarafshan',
        holderId: 'rakhimov',
        seatTypes: ['GOVERNS'],
        seatIds: ['zarafshan'],
        since: '2023-03',
      },
      {
        office: 'ambassador|norway|uzbekistan',
        holderId: 'lundvall',
        seatTypes: ['REPRESENTS', 'ACCREDITED_TO'],
        seatIds: ['norway', 'uzbekistan'],
        since: '2025-06-10',
      },
    ]);
  });

  it('gives an ambassador accredited to two countries two offices', () => {
    const { officesOf } = plannedOffices(
      [
        fact('f2', 'REPRESENTS', 'lundvall', 'norway', { title: 'Botschafter' }),
        fact('f3', 'ACCREDITED_TO', 'lundvall', 'uzbekistan', { title: 'Botschafter' }),
        fact('f4', 'ACCREDITED_TO', 'lundvall', 'tajikistan', { title: 'Botschafter' }),
      ],
      kindOf,
      'de',
      '2025-06-10',
    );
    expect(officesOf.get('f2')).toEqual(['ambassador|norway|uzbekistan', 'ambassador|norway|tajikistan']);
    expect(officesOf.get('f4')).toEqual(['ambassador|norway|tajikistan']);
  });

  it('leaves out consuls, embassies, former holders as current ones, and undated articles', () => {
    const consul = plannedOffices(
      [
        fact('f2', 'REPRESENTS', 'lundvall', 'norway', { title: 'Consul General' }),
        fact('f3', 'ACCREDITED_TO', 'lundvall', 'uzbekistan', { title: 'Consul General' }),
        fact('f5', 'REPRESENTS', 'embassy', 'norway', {}),
        fact('f6', 'ACCREDITED_TO', 'embassy', 'uzbekistan', {}),
      ],
      kindOf,
      'en',
      '2025-06-10',
    );
    expect(consul.officesOf.size).toBe(0);
    const former = plannedOffices(
      [fact('f1', 'GOVERNS', 'rakhimov', 'zarafshan', { title: 'Khokim', validTo: '2025-06-10' })],
      kindOf,
      'en',
      '2025-06-10',
    );
    // Still a holder of the office (a later holder ends no stated end), but no current one.
    expect(former.officesOf.get('f1')).toEqual(['head|zarafshan']);
    expect(former.holders).toEqual([]);
    const undated = plannedOffices([fact('f1', 'GOVERNS', 'rakhimov', 'zarafshan')], kindOf, 'en', null);
    expect(undated.holders).toEqual([]);
  });
});
