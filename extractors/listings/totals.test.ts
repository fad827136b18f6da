import { describe, expect, it } from 'vitest';
import { isTotalLine } from './totals.js';

describe('a line of totals', () => {
  it.each(['Summa', 'Summa:', 'Totalt 1 850 tkr', 'TOTAL', 'S:a', 'Sammanlagt', ' summa totalt'])('%s adds up the rows', (line) =>
    expect(isTotalLine(line)).toBe(true),
  );
  it.each(['Summer camp Förening', 'Totalförsvarets frivilliga', 'Föreningen Summa Vita', 'Idrottsklubben Total', 'Sammanslutningen X'])(
    '%s is a row of its own',
    (line) => expect(isTotalLine(line)).toBe(false),
  );
});
