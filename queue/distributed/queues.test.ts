import { describe, expect, it } from 'vitest';
import { failureCode } from './queues.js';

describe('failureCode', () => {
  it('reads back the error code of bad input failed with UnrecoverableError', () => {
    expect(failureCode('ENCRYPTED: the PDF is password-protected')).toEqual({ code: 'ENCRYPTED', message: 'the PDF is password-protected' });
  });

  it('calls anything else INTERNAL, keeping the reason', () => {
    expect(failureCode('Missing lock for job 12. moveToFinished')).toEqual({
      code: 'INTERNAL',
      message: 'Missing lock for job 12. moveToFinished',
    });
    expect(failureCode('NOPE: an upper-case word that is no error code').code).toBe('INTERNAL');
  });
});
