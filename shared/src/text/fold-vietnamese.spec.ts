import { foldVietnamese } from './fold-vietnamese';

describe('foldVietnamese', () => {
  it('removes tones, vowel marks and the stroke of đ', () => {
    expect(foldVietnamese('Đại Lộc')).toBe('dai loc');
    expect(foldVietnamese('Quế Sơn')).toBe('que son');
    expect(foldVietnamese('Tà Bhing')).toBe('ta bhing');
  });

  it('normalises case and white space', () => {
    expect(foldVietnamese('  DAI   loc ')).toBe('dai loc');
  });

  it('treats precomposed and decomposed input alike', () => {
    const decomposed = 'Tam Tha\u0323nh';
    expect(foldVietnamese(decomposed)).toBe(foldVietnamese('Tam Thạnh'));
  });

  it('makes distinct names collide, which is why callers must not treat a fold as identity', () => {
    expect(foldVietnamese('Tam Thanh')).toBe(foldVietnamese('Tam Thành'));
  });
});
