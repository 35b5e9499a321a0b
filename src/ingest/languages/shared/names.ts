/**
 * Words of canonical names and international company forms: the same in an
 * article of any language, so shared rather than in a pack.
 */

/** A company's legal form or group word at the end of its name, in Latin script in every language ("Siemens AG", "Indorama Corporation"). */
export const companySuffix = /\s+(?:Corporation|Corp|Group|Holding|Holdings|LLC|JSC|GmbH|AG|Co\.|A\.S\.|Ltd|Inc)$/;

/** The type word of a region's canonical name ("Fergana Region"), which is English whatever the article's language. */
export const regionSuffix = /\s+Region$/;
