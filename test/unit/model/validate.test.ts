import { isPartialDate, validateFact } from '../../../src/model';

describe('validateFact', () => {
  it('accepts a fact that fits the ontology', () => {
    expect(
      validateFact({
        type: 'INVESTS_IN',
        fromKind: 'Organization',
        toKind: 'Organization',
        properties: { amount: 171e6, currency: 'USD', stake: 49 },
      }),
    ).toEqual([]);
  });

  it('names an unknown relation type', () => {
    expect(validateFact({ type: 'LIKES', fromKind: 'Person', toKind: 'Person' })).toEqual([
      { field: 'type', message: 'unknown relation type "LIKES"' },
    ]);
  });

  it('rejects endpoints the relation does not allow, naming the allowed kinds', () => {
    const problems = validateFact({ type: 'GOVERNS', fromKind: 'Organization', toKind: 'Person' });
    expect(problems).toEqual([
      { field: 'from', message: 'GOVERNS cannot start at a Organization (allowed: Person)' },
      { field: 'to', message: 'GOVERNS cannot end at a Person (allowed: Region, City)' },
    ]);
  });

  it.each([
    [{ date: '2024-02-30' }, 'properties.date', /must be a date/],
    [{ date: '9 February' }, 'properties.date', /must be a date/],
    [{ status: 'rumoured' }, 'properties.status', /must be one of stated, planned/],
    [{ weather: 'sunny' }, 'properties.weather', /VISITED has no property weather/],
  ])('rejects VISITED properties %j', (properties, field, message) => {
    const [problem] = validateFact({ type: 'VISITED', fromKind: 'Person', toKind: 'Region', properties });
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(message);
  });

  it.each([
    [{ currency: 'usd' }, /ISO 4217/],
    [{ currency: 'XYZ' }, /ISO 4217/],
    [{ amount: -5 }, /non-negative/],
    [{ stake: 120 }, /percentage/],
  ])('rejects INVESTS_IN properties %j', (properties, message) => {
    const [problem] = validateFact({
      type: 'INVESTS_IN',
      fromKind: 'Organization',
      toKind: 'Organization',
      properties,
    });
    expect(problem?.message).toMatch(message);
  });
});

describe('isPartialDate', () => {
  it.each(['2024', '2024-02', '2024-02-29'])('accepts %s', (value) => expect(isPartialDate(value)).toBe(true));
  it.each(['2023-02-29', '2024-13', '24-02-01', '2024-2-1', ''])('rejects %s', (value) =>
    expect(isPartialDate(value)).toBe(false),
  );
});
