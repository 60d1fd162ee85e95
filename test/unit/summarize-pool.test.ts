import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultPoolSize } from '../../server/service/summarize-pool';

describe('summarize pool', () => {
  it('leaves a core to the main thread and V8’s compiler threads, keeps at least one worker, and no more than four', () => {
    assert.equal(defaultPoolSize(1), 1);
    assert.equal(defaultPoolSize(2), 1);
    assert.equal(defaultPoolSize(4), 3);
    assert.equal(defaultPoolSize(16), 4);
  });
});
