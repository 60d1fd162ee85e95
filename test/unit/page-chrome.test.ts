import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyChromeLine } from '../../server/analysis/page-chrome';

describe('classifyChromeLine: agency credits', () => {
  it('finds the agency in any case, as a lower-case copy of the line would', () => {
    for (const line of ['Photo: AFP via Getty Images', 'AFP VIA GETTY IMAGES', 'Reuters/Jane Doe', 'SHUTTERSTOCK', 'AP Photo/John Smith']) {
      assert.equal(classifyChromeLine(line), 'image-credit', line);
    }
  });

  it('reads the Kelvin sign as the k it lower-cases to', () => {
    assert.equal(classifyChromeLine('Shutterstoc\u212a'), 'image-credit');
  });

  it('leaves prose that names an agency alone', () => {
    assert.equal(classifyChromeLine('The images of Getty were shown'), undefined);
  });
});
