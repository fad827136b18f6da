/**
 * Web lists that give each partnership as a block of labelled lines rather than a table row:
 *   Organisation: Stadsmissionen
 *   Nämnd: Socialnämnden
 *   Period: 2022-01-01 – 2024-12-31
 * A label names a column role (listing-headers.json); a block ends where a label comes again, or at a
 * line that is neither labelled nor the wrapped rest of a value. Only a list counts: at least two blocks
 * that each name an organisation and something else (one block is an agreement's own party data).
 */
import { headerRole, joinCells, sliceCell, splitLines, isBlank, type Cell, type ColumnRole, type ListingTable } from './table.js';

const ROLES: readonly ColumnRole[] = ['ideburen', 'offentlig', 'organ', 'period', 'description', 'amount', 'targetGroup'];
/** "Label: value", with an optional list bullet; the value may start on the next line. */
const LABELLED = /^\s*(?:[-•*–]\s+)?([^:\n]{2,45}?)\s*:(?:\s+|$)/u;
const MIN_BLOCKS = 2;

/** A block's cells by role, with the label each was given under. */
type Block = Map<ColumnRole, Cell & { label: string }>;

export function findLabelledBlocks(text: string): ListingTable[] {
  const blocks: Block[] = [];
  let block: Block = new Map();
  let last: ColumnRole | null = null;
  const close = () => {
    if (block.has('ideburen') && block.size >= 2) blocks.push(block);
    block = new Map();
    last = null;
  };
  for (const line of splitLines(text)) {
    if (isBlank(line.text)) {
      last = null;
      continue;
    }
    const labelled = LABELLED.exec(line.text);
    const role = labelled ? headerRole(labelled[1]!) : null;
    if (labelled && role) {
      if (block.has(role)) close();
      block.set(role, { ...sliceCell(line, labelled[0].length, line.text.length), label: labelled[1]! });
      last = role;
    } else if (last) {
      // The wrapped rest of the value above.
      const cell = block.get(last)!;
      block.set(last, { ...joinCells(cell, sliceCell(line, 0, line.text.length)), label: cell.label });
    } else {
      close();
    }
  }
  close();
  if (blocks.length < MIN_BLOCKS) return [];
  return [
    {
      roles: [...ROLES],
      labels: ROLES.map((role) => blocks.find((b) => b.has(role))?.get(role)?.label ?? ''),
      rows: blocks.map((b) => ROLES.map((role) => b.get(role) ?? { text: '', start: 0, end: 0, exact: true })),
    },
  ];
}
