import { describe, expect, it } from 'vitest';
import { perDoc, perText } from './memo.js';

describe('perText', () => {
  const counted = () => {
    const computed: string[] = [];
    const read = perText((text: string) => {
      computed.push(text);
      return [text.length];
    });
    return { computed, read };
  };

  it('keeps a text asked for again and again between many others (a document between its cells)', () => {
    const { computed, read } = counted();
    const document = 'Föreningen X och Ekby kommun tecknar en överenskommelse.'.repeat(20);
    for (let cell = 0; cell < 100; cell++) {
      read(document);
      read(`cell ${cell}`);
    }
    expect(computed.filter((text) => text === document)).toHaveLength(1);
  });

  it('forgets the least recently asked for, and computes it again when asked', () => {
    const { computed, read } = counted();
    const page = (name: string) => `${name} `.repeat(100);
    read(page('first'));
    for (let other = 0; other < 100; other++) read(page(`other ${other}`));
    read(page('first'));
    expect(computed.filter((text) => text === page('first'))).toHaveLength(2);
  });

  it('keeps short texts (lines) asked for again after many others (each listing reader walks all lines)', () => {
    const { computed, read } = counted();
    for (let walk = 0; walk < 3; walk++) for (let line = 0; line < 100; line++) read(`rad ${line}`);
    expect(computed).toHaveLength(100);
  });

  it('hands every caller the same frozen result', () => {
    const { read } = counted();
    for (const text of ['samma text', 'samma text '.repeat(50)]) {
      const first = read(text);
      expect(read(text)).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
    }
  });
});

describe('perDoc', () => {
  it('computes once per object, not per equal content', () => {
    let computed = 0;
    const read = perDoc((doc: { text: string }) => ({ length: doc.text.length, n: ++computed }));
    const doc = { text: 'samma text' };
    expect(read(doc)).toBe(read(doc));
    expect(read({ text: 'samma text' })).not.toBe(read(doc));
    expect(computed).toBe(2);
  });

  it('remembers a null result too', () => {
    let computed = 0;
    const read = perDoc((_doc: object) => (computed++, null));
    const doc = {};
    read(doc);
    read(doc);
    expect(computed).toBe(1);
  });
});
