/**
 * A hosting site's lines around a document's transcript (docplayer's "Transkript", "Storlek: px", 5dok's
 * "• No results found", "Full text", "(1)"), listed as facts in lexicon/hosting-furniture.json: no part of
 * the document, so neither its title (kind) nor one of its header cells (doc type).
 */
import furniture from '../lexicon/hosting-furniture.json' with { type: 'json' };

export const FURNITURE = new RegExp(`^(?:${furniture.lines.join('|')})$`, 'iu');
