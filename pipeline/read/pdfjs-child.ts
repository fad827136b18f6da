/**
 * The reading child: reads PDF text layers with pdf.js for the process that forked it (pdfjs-host.ts), one
 * document at a time. pdf.js runs here, not in the caller, because nothing in-process can bound it: a
 * decompression bomb grows memory without limit, and a page parsed synchronously cannot be interrupted.
 * Here the heap is capped (--max-old-space-size), the host watches the resident memory and kills this
 * process when a document goes over its limit or its time.
 */
import { readFile } from 'node:fs/promises';
import { startGuard } from './guard.js';
import { dropStrayPdfjsRejections, pdfjsTextLayer } from './pdfjs-text.js';
import type { PdfjsReply, PdfjsRequest } from './pdfjs-messages.js';
import { ReadError } from './types.js';

dropStrayPdfjsRejections();
// A page pdf.js parses synchronously keeps 'disconnect' below from running: when the host is killed (by the
// pool's time limit, or with its own parent), the guard thread ends this process all the same.
startGuard();

process.on('message', async (request: PdfjsRequest) => {
  let reply: PdfjsReply;
  try {
    reply = { id: request.id, layer: await pdfjsTextLayer(new Uint8Array(await readFile(request.path)), request.maxPages) };
  } catch (error) {
    reply = error instanceof ReadError
      ? { id: request.id, error: { code: error.code, message: error.message } }
      : { id: request.id, error: { code: 'CORRUPT', message: `the PDF cannot be parsed: ${error instanceof Error ? error.message : String(error)}` } };
  }
  process.send!(reply);
});
// The host closes the channel when it is done (or dies); nothing else keeps this process alive.
process.on('disconnect', () => process.exit(0));
