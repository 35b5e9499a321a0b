/** The SVG export of the drawing: shapes per kind, straight and curved edges, escaped labels. */
import { DOMParser } from '@xmldom/xmldom';
import { kindLook } from '../../../web/src/kinds';
import { edgePath, toSvg, type SvgNode } from '../../../web/src/svg';

const at = (x: number, y: number, kind: string, label: string, highlighted = false): SvgNode => ({
  x,
  y,
  width: 30,
  height: 30,
  kind,
  label,
  highlighted,
});

describe('the SVG export', () => {
  const svg = toSvg(
    [
      at(0, 0, 'Person', 'Beibut Atamkulov'),
      at(200, 0, 'Organization', 'Ferganaazot <JSC> & Co', true),
      at(100, 150, 'Region', 'Fergana'),
    ],
    [
      {
        points: [
          { x: 15, y: 0 },
          { x: 185, y: 0 },
        ],
        label: 'visited',
        arrow: true,
        highlighted: true,
        labelAt: { x: 100, y: 0 },
      },
      {
        points: [
          { x: 0, y: 15 },
          { x: 40, y: 90 },
          { x: 90, y: 140 },
        ],
        label: 'met with',
        arrow: false,
        highlighted: false,
        labelAt: { x: 40, y: 90 },
      },
    ],
  );

  it('is well-formed XML with one shape per node and one path per edge', () => {
    const errors: string[] = [];
    const document = new DOMParser({ onError: (_level, message) => errors.push(message) }).parseFromString(
      svg,
      'image/svg+xml',
    );
    expect(errors).toEqual([]);
    expect(document.getElementsByTagName('ellipse')).toHaveLength(1);
    expect(document.getElementsByTagName('rect').length).toBe(2); // the background and the organisation
    expect(document.getElementsByTagName('polygon')).toHaveLength(1);
    expect(document.getElementsByTagName('path').length).toBe(2 + 2); // two edges, two arrow markers
  });

  it('colours nodes by kind, marks highlighted elements and escapes labels', () => {
    expect(svg).toContain(`fill="${kindLook('Person').colour}"`);
    expect(svg).toContain('Ferganaazot &lt;JSC&gt; &amp; Co');
    expect(svg).toContain('marker-end="url(#arrow-highlight)"');
    expect(svg.match(/marker-end=/g)).toHaveLength(1);
  });

  it('draws straight edges as lines and curved ones as quadratic segments', () => {
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 10, y: 5 },
      ]),
    ).toBe('M0,0 L10,5');
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 5, y: 10 },
        { x: 10, y: 0 },
      ]),
    ).toBe('M0,0 Q5,10 10,0');
    expect(
      edgePath([
        { x: 0, y: 0 },
        { x: 2, y: 4 },
        { x: 6, y: 4 },
        { x: 8, y: 0 },
      ]),
    ).toBe('M0,0 Q2,4 4,4 Q6,4 8,0');
  });

  it('gives every kind of the ontology a distinct shape', () => {
    const shapes = ['Person', 'Organization', 'Country', 'Region', 'City', 'Event', 'Agreement'].map((kind) => {
      const shape = kindLook(kind).shape;
      return shape.type === 'polygon' ? shape.name : shape.type;
    });
    expect(new Set(shapes).size).toBe(7);
  });
});
