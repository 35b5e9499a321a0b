/** The editor key the bench server accepts and the bench sends with every request (writes need one). */
export const benchApiKey = 'bench-editor-key-0001';
