// Model lifecycle as the SDK sees it: modelLifecycle dates parsed as dates, retired models answered "end of its life",
// and a Legacy model refused to an account that has not used it lately.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetFoundationModelCommand, ListFoundationModelsCommand } from '@aws-sdk/client-bedrock';
import {
  ConverseCommand,
  ConverseStreamCommand,
  CountTokensCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { startEmulator } from '../support/emulator.mjs';
import { controlClient, encode, runtimeClient } from '../support/clients.mjs';

const END_OF_LIFE = 'This model version has reached the end of its life. Please refer to the AWS documentation for more details.';
const LEGACY_INACTIVE = 'Access denied. This Model is marked by provider as Legacy and you have not been actively using the model in the last 30 days. Please upgrade to an active model on Amazon Bedrock';
const RETIRED = 'anthropic.claude-3-haiku-20240307-v1:0';
const TITAN = 'amazon.titan-text-express-v1';
const messages = [{ role: 'user', content: [{ text: 'hello' }] }];
const claudeBody = encode({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 20, messages: [{ role: 'user', content: 'hello' }] });

let emulator;
let control;
let runtime;

before(async () => {
  emulator = await startEmulator(['--lifecycle-date', '2026-12-03', '--inactive-legacy-model', TITAN]);
  control = controlClient(emulator.endpoint);
  runtime = runtimeClient(emulator.endpoint);
});

after(async () => {
  control?.destroy();
  runtime?.destroy();
  await emulator?.stop();
});

const rejectsWith = (promise, message) =>
  assert.rejects(promise, (error) => {
    assert.equal(error.name, 'ResourceNotFoundException');
    assert.equal(error.$metadata.httpStatusCode, 404);
    assert.equal(error.message, message);
    return true;
  });

describe('model lifecycle', () => {
  test('a Legacy model gives every lifecycle date, parsed as dates', async () => {
    const { modelDetails } = await control.send(new GetFoundationModelCommand({ modelIdentifier: 'amazon.titan-text-lite-v1' }));
    const lifecycle = modelDetails.modelLifecycle;
    assert.equal(lifecycle.status, 'LEGACY');
    for (const member of ['startOfLifeTime', 'legacyTime', 'publicExtendedAccessTime', 'endOfLifeTime']) {
      assert.ok(lifecycle[member] instanceof Date, `${member} is a Date`);
    }
    assert.equal(lifecycle.endOfLifeTime.toISOString(), '2027-03-01T00:00:00.000Z');
    assert.ok(lifecycle.legacyTime < lifecycle.publicExtendedAccessTime && lifecycle.publicExtendedAccessTime < lifecycle.endOfLifeTime);
  });

  test('the catalog lists active and Legacy models and leaves retired ones out', async () => {
    const { modelSummaries } = await control.send(new ListFoundationModelsCommand({}));
    const byId = new Map(modelSummaries.map((m) => [m.modelId, m]));
    assert.equal(byId.get('anthropic.claude-haiku-4-5-20251001-v1:0').modelLifecycle.status, 'ACTIVE');
    assert.ok(byId.get('anthropic.claude-haiku-4-5-20251001-v1:0').modelLifecycle.startOfLifeTime instanceof Date);
    assert.equal(byId.get(TITAN).modelLifecycle.status, 'LEGACY');
    assert.equal(byId.has(RETIRED), false);
    assert.equal(byId.has('anthropic.claude-3-7-sonnet-20250219-v1:0'), false);
  });

  test('GetFoundationModel answers a retired model with end of life', async () => {
    await rejectsWith(control.send(new GetFoundationModelCommand({ modelIdentifier: RETIRED })), END_OF_LIFE);
  });

  test('every runtime call to a retired model answers end of life', async () => {
    await rejectsWith(runtime.send(new ConverseCommand({ modelId: RETIRED, messages })), END_OF_LIFE);
    await rejectsWith(runtime.send(new ConverseStreamCommand({ modelId: `us.${RETIRED}`, messages })), END_OF_LIFE);
    await rejectsWith(runtime.send(new InvokeModelCommand({ modelId: RETIRED, body: claudeBody })), END_OF_LIFE);
    await rejectsWith(runtime.send(new InvokeModelWithResponseStreamCommand({ modelId: RETIRED, body: claudeBody })), END_OF_LIFE);
    await rejectsWith(runtime.send(new CountTokensCommand({ modelId: RETIRED, input: { converse: { messages } } })), END_OF_LIFE);
  });

  test('a Legacy model the account stopped using is refused, other Legacy models still answer', async () => {
    await rejectsWith(runtime.send(new ConverseCommand({ modelId: TITAN, messages })), LEGACY_INACTIVE);
    await rejectsWith(runtime.send(new InvokeModelCommand({ modelId: TITAN, body: encode({ inputText: 'hello' }) })), LEGACY_INACTIVE);
    const answer = await runtime.send(new ConverseCommand({ modelId: 'amazon.titan-text-lite-v1', messages }));
    assert.equal(answer.output.message.content[0].text, 'Echo: hello');
  });
});
