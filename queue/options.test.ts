import { afterEach, describe, expect, it } from 'vitest';
import { distributedOptions } from './options.js';
import { InputError } from './plan.js';

describe('distributedOptions: which mode an ingest runs in', () => {
  const saved = process.env.REDIS_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = saved;
  });

  it('is embedded with neither --redis nor REDIS_URL', () => {
    delete process.env.REDIS_URL;
    expect(distributedOptions({})).toBeUndefined();
  });
  it('is distributed on the REDIS_URL of the environment, and on --redis URL over it', () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:6390';
    expect(distributedOptions({})?.url).toBe('redis://127.0.0.1:6390');
    expect(distributedOptions({ redis: 'redis://10.0.0.2:6379' })?.url).toBe('redis://10.0.0.2:6379');
  });
  it('is embedded with --embedded whatever REDIS_URL says, and refuses --embedded with --redis', () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:6390';
    expect(distributedOptions({ embedded: true })).toBeUndefined();
    expect(() => distributedOptions({ embedded: true, redis: 'redis://127.0.0.1:6390' })).toThrow(InputError);
  });
  it('refuses a bare --redis without REDIS_URL', () => {
    delete process.env.REDIS_URL;
    expect(() => distributedOptions({ redis: true })).toThrow(InputError);
  });
});
