import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/text/clean';
import { debrisBlocks, readerBlocks, withoutRepeatedTitle } from '../../../src/renderer/src/ui/reader-blocks';

describe('readerBlocks', () => {
  it('slices the original text by block offsets and leaves out debris', () => {
    const original = 'Floods in the valley\n\nWater rose  overnight,\nofficials said.\n\nAdvertisement\n\nRoads are closed.';
    const doc = cleanText(original);
    const blocks = readerBlocks({ original, format: 'txt', blocks: doc.blocks });
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    // The learner's own text, soft wrap and double space included (CSS collapses them).
    expect(blocks[1].text).toBe('Water rose  overnight,\nofficials said.');
    expect(debrisBlocks(doc).map((block) => block.text)).toEqual(['Advertisement']);
  });

  it('shows markdown blocks without their markup', () => {
    const original = '# Title here\n\nSome **bold** words and a [link](http://example.com) in this paragraph.';
    const doc = cleanText(original, { format: 'md' });
    const blocks = readerBlocks({ original, format: 'md', blocks: doc.blocks });
    expect(blocks[1].text).toBe('Some bold words and a link in this paragraph.');
  });

  it('drops a first heading that repeats the title', () => {
    const blocks = [
      { kind: 'heading' as const, start: 0, end: 5, text: 'Floods  Return' },
      { kind: 'paragraph' as const, start: 7, end: 9, text: 'x' },
    ];
    expect(withoutRepeatedTitle(blocks, 'floods return')).toHaveLength(1);
    expect(withoutRepeatedTitle(blocks, 'Other title')).toHaveLength(2);
  });
});
