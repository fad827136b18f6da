import { describe, expect, it } from 'vitest';
import { reportLeadEnd } from './report-lead.js';

describe('reportLeadEnd', () => {
  it('ends the lead at the first sub-heading after the opening prose', () => {
    const text = '# source: x\n\nNio miljoner i extra stöd\n\nLäget är ansträngt.\n\nKulturnämnden har därför beslutat om ett stöd.\n\nRegionens stöd till folkbildningen\n\nStödet består av tre delar.';
    expect(text.slice(reportLeadEnd(text))).toMatch(/^\n\nRegionens stöd/u);
  });

  it('ends it at a bullet list or a block of rows, not at the title or a caption above the prose', () => {
    const bullets = 'Titel utan punkt\n\nBildtext.\n\nFöreningarna får stöd.\n\n • ABF: 100 kronor';
    expect(bullets.slice(reportLeadEnd(bullets))).toMatch(/^\n\n • ABF/u);
    const rows = 'Rapport\n\nÅrets fördelning är klar.\n\nFörening 1 driver en mötesplats.\nFörening 2 driver en mötesplats.';
    expect(rows.slice(reportLeadEnd(rows))).toMatch(/^\n\nFörening 1/u);
  });

  it('takes a text of prose alone as lead throughout', () => {
    expect(reportLeadEnd('Titel\n\nEtt stycke.\n\nEtt till.')).toBe('Titel\n\nEtt stycke.\n\nEtt till.'.length);
  });
});
