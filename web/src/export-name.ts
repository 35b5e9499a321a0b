/** The file name of a viewer export (pure: no DOM): the day the view is read as of, when there is one, is in it. */
export function exportName(extension: string, asOf: string | null): string {
  return `silkgraph-view${asOf ? `-as-of-${asOf}` : ''}.${extension}`;
}
