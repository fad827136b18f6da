/** The messages between the reading host (pdfjs-host.ts) and the reading child (pdfjs-child.ts). */
import type { ErrorCode } from '../contract.js';
import type { TextLayer } from './text-layer.js';

export interface PdfjsRequest {
  id: number;
  path: string;
  maxPages: number;
}

export type PdfjsReply = { id: number; layer: TextLayer } | { id: number; error: { code: ErrorCode; message: string } };
