import { describe, expect, it } from 'vitest';
import { failureCode } from './queues.js';

describe('failureCode', () => {
  it('reads back the error code of bad input failed with UnrecoverableError', () => {
    expect(failureCode('ENCRYPTED: the PDF is password-protected', false)).toEqual({ code: 'ENCRYPTED', message: 'the PDF is password-protected' });
  });

  it('calls anything else INTERNAL, keeping the reason', () => {
    expect(failureCode('Unexpected exit code: null signal: SIGSEGV', false)).toEqual({
      code: 'INTERNAL',
      message: 'Unexpected exit code: null signal: SIGSEGV',
    });
    expect(failureCode('NOPE: an upper-case word that is no error code', false).code).toBe('INTERNAL');
  });

  it('calls a job the watchdog stopped TIMEOUT', () => {
    expect(failureCode('Unexpected exit code: null signal: SIGKILL', true).code).toBe('TIMEOUT');
  });
});
