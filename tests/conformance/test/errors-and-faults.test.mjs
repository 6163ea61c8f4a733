// Service errors and injected faults as the SDK sees them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ConverseCommand, ConverseStreamCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { startEmulator } from '../support/emulator.mjs';
import { collectChunks, collectConverseStream, encode, runtimeClient, withFault } from '../support/clients.mjs';

const HAIKU = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const messages = [{ role: 'user', content: [{ text: 'one two three four five six' }] }];

let emulator;
let client;

before(async () => {
  emulator = await startEmulator(['--disable-model', 'amazon.nova-pro-v1:0']);
  client = runtimeClient(emulator.endpoint);
});

after(async () => {
  client?.destroy();
  await emulator?.stop();
});

const rejectsWith = (promise, name, status) =>
  assert.rejects(promise, (error) => {
    assert.equal(error.name, name);
    assert.equal(error.$metadata.httpStatusCode, status);
    assert.ok(error.message.length > 0);
    return true;
  });

describe('service errors', () => {
  test('a constraint violation is ValidationException with the service wording', async () => {
    await assert.rejects(client.send(new ConverseCommand({ modelId: HAIKU, messages, inferenceConfig: { temperature: 1.5 } })), (error) => {
      assert.equal(error.name, 'ValidationException');
      assert.match(error.message, /at 'inferenceConfig.temperature' failed to satisfy constraint: Member must have value less than or equal to 1/);
      return true;
    });
  });

  test('an unknown model is ResourceNotFoundException, a bad profile id ValidationException', async () => {
    await rejectsWith(client.send(new ConverseCommand({ modelId: 'anthropic.claude-none-v9:0', messages })), 'ResourceNotFoundException', 404);
    await rejectsWith(client.send(new ConverseCommand({ modelId: 'us.does-not-exist-model-v1:0', messages })), 'ValidationException', 400);
  });

  test('a model without access is AccessDeniedException', async () => {
    await rejectsWith(client.send(new ConverseCommand({ modelId: 'amazon.nova-pro-v1:0', messages })), 'AccessDeniedException', 403);
  });
});

describe('faults before the response', () => {
  for (const [fault, name, status] of [
    ['throttling', 'ThrottlingException', 429],
    ['internal-error', 'InternalServerException', 500],
    ['service-unavailable', 'ServiceUnavailableException', 503],
    ['model-not-ready', 'ModelNotReadyException', 429],
    ['model-timeout', 'ModelTimeoutException', 408],
  ]) {
    test(`${fault} surfaces as ${name}`, async () => {
      await rejectsWith(client.send(withFault(new ConverseCommand({ modelId: HAIKU, messages }), fault)), name, status);
    });
  }

  test('a reset before headers is a network error', async () => {
    await assert.rejects(client.send(withFault(new ConverseCommand({ modelId: HAIKU, messages }), 'reset')), (error) => !error.$metadata?.httpStatusCode);
  });
});

describe('faults inside streams', () => {
  test('an in-stream throttlingException arrives after the given deltas', async () => {
    const response = await client.send(withFault(new ConverseStreamCommand({ modelId: HAIKU, messages }), 'stream-throttling:2'));
    const { text, error } = await collectConverseStream(response);
    assert.equal(text, 'Echo: one');
    assert.equal(error?.name, 'ThrottlingException');
  });

  test('an in-stream modelStreamErrorException on InvokeModelWithResponseStream', async () => {
    const body = encode({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 50, messages: [{ role: 'user', content: 'a b c d e' }] });
    const response = await client.send(withFault(new InvokeModelWithResponseStreamCommand({ modelId: HAIKU, body }), 'stream-model-error:2'));
    const { chunks, error } = await collectChunks(response);
    assert.equal(error?.name, 'ModelStreamErrorException');
    assert.ok(chunks.some((c) => c.type === 'content_block_delta'));
  });

  test('a connection cut mid-stream fails the iteration after the text so far', async () => {
    const response = await client.send(withFault(new ConverseStreamCommand({ modelId: HAIKU, messages }), 'cut:3'));
    const { text, error } = await collectConverseStream(response);
    assert.equal(text, 'Echo: one two');
    assert.ok(error, 'the stream must fail');
  });

  test('a corrupted frame fails the checksum', async () => {
    const response = await client.send(withFault(new ConverseStreamCommand({ modelId: HAIKU, messages }), 'corrupt:1'));
    const { text, error } = await collectConverseStream(response);
    assert.equal(text, 'Echo:');
    assert.match(String(error?.message), /checksum|crc/i);
  });

  test('a truncated frame ends the stream with an error', async () => {
    const response = await client.send(withFault(new ConverseStreamCommand({ modelId: HAIKU, messages }), 'truncate:1'));
    const { events, error } = await collectConverseStream(response);
    assert.ok(error || !events.some((e) => e.messageStop), 'the stream must not look complete');
    assert.ok(!events.some((e) => e.metadata));
  });
});
