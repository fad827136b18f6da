import { describe, expect, it } from 'vitest';
import { removeStampColumn } from './stamp-column.js';

describe('removeStampColumn', () => {
  it('removes the column of one- and two-character lines a signature stamp leaves', () => {
    const text = 'gällande den barnverksamhet som bedrivs.\n\nC\n9A\n\n9A\nF7\n\n9-\nD\n\n0A\nD\n\n-1\n44\n\nBim Soerich';
    expect(removeStampColumn(text)).toBe('gällande den barnverksamhet som bedrivs.\n\n\nBim Soerich');
  });
  it('keeps a short run of short lines (a list of initials or marks)', () => {
    const text = 'Närvarande\nAB\nCD\nEF\nslut';
    expect(removeStampColumn(text)).toBe(text);
  });
  it('keeps a column of small numbers from a table', () => {
    const text = 'Antal\n12\n15\n9\n22\n31\n8\n14\nSumma';
    expect(removeStampColumn(text)).toBe(text);
  });
  it('keeps ordinary lines', () => {
    const text = 'Sammanfattning\nRegion Skåne har en överenskommelse.\n§ 5\nBeslut';
    expect(removeStampColumn(text)).toBe(text);
  });
});
