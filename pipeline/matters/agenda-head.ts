import { agendaTitle } from '../../extractors/doctype/rules.js';
import { documentCells } from '../../extractors/doctype/cells.js';

/** An agenda's title stands among the header's first cells: only the text's beginning is read for it. */
const AGENDA_HEAD_CHARS = 4000;

/** The agenda's title in the text's header ("KALLELSE", "Föredragningslista"), where the text is a meeting's agenda. */
export function agendaHead(text: string): { start: number; end: number } | undefined {
  return agendaTitle(documentCells(text.slice(0, AGENDA_HEAD_CHARS)));
}
