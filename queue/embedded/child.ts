/**
 * One process of the embedded pool: runs the per-document stages (pipeline/process.ts) for each task the
 * pool sends and replies with the result. It never touches the dataset.
 */
import { processFile } from '../../pipeline/process.js';
import type { ReplyMessage, TaskMessage } from './messages.js';

function reply(message: ReplyMessage): void {
  process.send!(message);
}

process.on('message', async (task: TaskMessage) => {
  try {
    const processed = await processFile(task.path, { timeoutMs: task.timeoutMs, onOcrPage: () => reply({ id: task.id, ocrPage: true }) });
    reply({ id: task.id, processed });
  } catch (error) {
    reply({ id: task.id, error: error instanceof Error ? error.message : String(error) });
  }
});
// The pool closes the IPC channel when it is done; nothing else keeps this process alive.
process.on('disconnect', () => process.exit(0));
