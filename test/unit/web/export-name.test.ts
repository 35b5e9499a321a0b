/** The viewer's export files say the day the view was read as of in their names. */
import { exportName } from '../../../web/src/export-name';

describe('the names of the viewer export files', () => {
  it('are silkgraph-view.<ext>, with the day when the view is read as of one', () => {
    expect(exportName('graphml', null)).toBe('silkgraph-view.graphml');
    expect(exportName('gexf', '2024-02-20')).toBe('silkgraph-view-as-of-2024-02-20.gexf');
  });
});
