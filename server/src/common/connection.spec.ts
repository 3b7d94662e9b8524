import { AppError } from './app-error';
import { decodeCursor, encodeCursor } from './connection';

describe('cursors', () => {
  it('round-trip a key', () => {
    expect(decodeCursor(encodeCursor('20335'))).toBe('20335');
    expect(decodeCursor(encodeCursor('Thôn Đông'))).toBe('Thôn Đông');
  });

  it('refuse a cursor the server did not make, naming the argument', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(AppError);
    try {
      decodeCursor(Buffer.from('x:1').toString('base64url'), 'after');
    } catch (e) {
      expect((e as AppError).extensions.field).toBe('after');
    }
  });
});
