import { lookupModel, minimumTokens, suggestModel } from '../../src/models.js';

describe('model catalog', () => {
  test('every model the gateway pages list has its family', () => {
    for (const id of [
      'gemini-2.0-flash',
      'gemini-2.5-flash',
      'gemini-2.5-pro',
      'gemini-2.5-flash-lite',
      'gemini-2.5-flash-lite-preview-06-17',
      'gemini-2.5-flash-thinking',
      'gemini-2.5-pro-thinking',
      'gemini-3-pro-preview'
    ])
      expect(lookupModel(id)).toMatchObject({ family: 'gemini', listed: true });
    for (const id of ['Doubao-1.5-pro-32k', 'Doubao-1.5-lite-32k', 'Doubao-pro-32k'])
      expect(lookupModel(id)).toMatchObject({ id, family: 'doubao', listed: true });
  });

  test('a new model of a known family gets its rules; others none', () => {
    expect(lookupModel('gemini-4-ultra')).toMatchObject({ family: 'gemini', listed: false });
    expect(lookupModel('doubao-seed-1.6')).toMatchObject({ family: 'doubao', listed: false });
    expect(lookupModel('claude-sonnet').family).toBeUndefined();
  });

  test('minimum sizes: 4096 for Gemini 3, 1024 for Gemini 2.x, none for Doubao', () => {
    expect(minimumTokens(lookupModel('gemini-3-pro-preview'))).toBe(4096);
    expect(minimumTokens(lookupModel('gemini-2.5-flash'))).toBe(1024);
    expect(minimumTokens(lookupModel('Doubao-pro-32k'))).toBeUndefined();
    expect(lookupModel('Doubao-pro-32k').rules?.ttlRange).toEqual([3600, 604800]);
  });
});

describe('did you mean', () => {
  test.each([
    ['gemini-2.5-flsh', 'gemini-2.5-flash'],
    ['gemini-2.5-prro', 'gemini-2.5-pro'],
    ['Gemini-2.0-flash-', 'gemini-2.0-flash'],
    ['doubao-1.5-pro-23k', 'Doubao-1.5-pro-32k'],
    ['gemini-3-pro-previw', 'gemini-3-pro-preview']
  ])('%s → %s', (typo, meant) => {
    expect(suggestModel(typo)).toBe(meant);
  });

  test('no suggestion for a listed model, a different model, or a near tie', () => {
    expect(suggestModel('gemini-2.5-flash')).toBeUndefined();
    expect(suggestModel('mistral-large')).toBeUndefined();
    expect(suggestModel('gpt-5')).toBeUndefined();
    expect(suggestModel('x'.repeat(10_000))).toBeUndefined();
  });
});
