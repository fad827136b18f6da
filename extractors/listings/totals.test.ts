import { describe, expect, it } from 'vitest';
import { isRefusedCell, isRemainderLine, isTotalLine } from './totals.js';

describe('a line of totals', () => {
  it.each(['Summa', 'Summa:', 'Totalt 1 850 tkr', 'TOTAL', 'S:a', 'Sammanlagt', ' summa totalt'])('%s adds up the rows', (line) =>
    expect(isTotalLine(line)).toBe(true),
  );
  it.each(['Summer camp Förening', 'Totalförsvarets frivilliga', 'Föreningen Summa Vita', 'Idrottsklubben Total', 'Sammanslutningen X'])(
    '%s is a row of its own',
    (line) => expect(isTotalLine(line)).toBe(false),
  );
});

describe('a refused grant\'s cell', () => {
  it.each(['Avslag', 'avslås', 'AVSLAG', ' Avslogs '])('%s grants nothing', (cell) => expect(isRefusedCell(cell)).toBe(true));
  it.each(['25 000', '0 kr', '–', 'Avslag på del av ansökan, 10 000 kr', 'Avslagsgrund', ''])('%s is no refusal', (cell) => expect(isRefusedCell(cell)).toBe(false));
});

describe('a remainder line', () => {
  it.each(['Ofördelat', 'Ofördelade medel', 'Ej fördelat', 'Kvar att fördela', 'Reserv', 'Buffert 20 000', 'Återstår'])('%s is the pot\'s, no recipient', (line) =>
    expect(isRemainderLine(line)).toBe(true),
  );
  it.each(['Reservofficersförbundet Ekby', 'Ekby reservatsförening', 'Fördelningsnämnden', 'Kvarnby IF'])('%s is a row of its own', (line) => expect(isRemainderLine(line)).toBe(false));
});
