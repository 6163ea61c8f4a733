// Application inference profiles, tagging and GetFoundationModelAvailability through @aws-sdk/client-bedrock,
// and the runtime client calling a model through an application profile's ARN.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateInferenceProfileCommand,
  DeleteInferenceProfileCommand,
  GetFoundationModelAvailabilityCommand,
  GetInferenceProfileCommand,
  ListInferenceProfilesCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-bedrock';
import { ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { startEmulator } from '../support/emulator.mjs';
import { controlClient, runtimeClient } from '../support/clients.mjs';

const HAIKU_PROFILE_ARN = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0';
const NOVA_LITE_ARN = 'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0';

let emulator;
let client;
let runtime;

before(async () => {
  emulator = await startEmulator([
    '--model-availability', 'amazon.nova-pro-v1:0=NotEntitled,AgreementPending',
    '--model-availability', 'amazon.nova-micro-v1:0=NotAuthorized',
    '--model-availability', 'meta.llama3-8b-instruct-v1:0=NotInRegion',
  ]);
  client = controlClient(emulator.endpoint);
  runtime = runtimeClient(emulator.endpoint);
});

after(async () => {
  client?.destroy();
  runtime?.destroy();
  await emulator?.stop();
});

describe('GetFoundationModelAvailability', () => {
  test('a model with nothing configured is available', async () => {
    const answer = await client.send(new GetFoundationModelAvailabilityCommand({ modelId: 'amazon.nova-lite-v1:0' }));
    assert.equal(answer.modelId, 'amazon.nova-lite-v1:0');
    assert.deepEqual(answer.agreementAvailability, { status: 'AVAILABLE' });
    assert.equal(answer.authorizationStatus, 'AUTHORIZED');
    assert.equal(answer.entitlementAvailability, 'AVAILABLE');
    assert.equal(answer.regionAvailability, 'AVAILABLE');
  });

  test('each configured condition comes back in its member', async () => {
    const pro = await client.send(new GetFoundationModelAvailabilityCommand({ modelId: 'amazon.nova-pro-v1:0' }));
    assert.equal(pro.entitlementAvailability, 'NOT_AVAILABLE');
    assert.equal(pro.agreementAvailability.status, 'PENDING');
    const micro = await client.send(new GetFoundationModelAvailabilityCommand({ modelId: 'amazon.nova-micro-v1:0' }));
    assert.equal(micro.authorizationStatus, 'NOT_AUTHORIZED');
    const llama = await client.send(new GetFoundationModelAvailabilityCommand({ modelId: 'meta.llama3-8b-instruct-v1:0' }));
    assert.equal(llama.regionAvailability, 'NOT_AVAILABLE');
  });

  test('an unknown model is ResourceNotFoundException; the runtime refuses an unauthorized one', async () => {
    await assert.rejects(client.send(new GetFoundationModelAvailabilityCommand({ modelId: 'nobody.nothing-v1' })), { name: 'ResourceNotFoundException' });
    await assert.rejects(
      runtime.send(new ConverseCommand({ modelId: 'amazon.nova-micro-v1:0', messages: [{ role: 'user', content: [{ text: 'hi' }] }] })),
      { name: 'AccessDeniedException' },
    );
  });
});

describe('application inference profiles', () => {
  test('create from a system profile with tags, get it by ARN and id, list it, call through it, delete it', async () => {
    const created = await client.send(new CreateInferenceProfileCommand({
      inferenceProfileName: 'conformance-haiku',
      description: 'Conformance run',
      modelSource: { copyFrom: HAIKU_PROFILE_ARN },
      tags: [{ key: 'pipeline', value: 'conformance' }, { key: 'team', value: 'qa' }],
    }));
    assert.equal(created.$metadata.httpStatusCode, 201);
    assert.equal(created.status, 'ACTIVE');
    assert.match(created.inferenceProfileArn, /^arn:aws:bedrock:us-east-1:\d{12}:application-inference-profile\/[a-z0-9]{12}$/);

    const byArn = await client.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: created.inferenceProfileArn }));
    assert.equal(byArn.type, 'APPLICATION');
    assert.equal(byArn.inferenceProfileName, 'conformance-haiku');
    assert.equal(byArn.description, 'Conformance run');
    assert.ok(byArn.createdAt instanceof Date);
    assert.ok(byArn.models.length > 1);
    assert.ok(byArn.models.every((m) => m.modelArn.endsWith(':foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0')));
    const byId = await client.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: byArn.inferenceProfileId }));
    assert.equal(byId.inferenceProfileArn, created.inferenceProfileArn);

    const listed = await client.send(new ListInferenceProfilesCommand({ typeEquals: 'APPLICATION' }));
    assert.deepEqual(listed.inferenceProfileSummaries.map((p) => p.inferenceProfileArn), [created.inferenceProfileArn]);

    const { tags } = await client.send(new ListTagsForResourceCommand({ resourceARN: created.inferenceProfileArn }));
    assert.deepEqual(tags, [{ key: 'pipeline', value: 'conformance' }, { key: 'team', value: 'qa' }]);

    const answer = await runtime.send(new ConverseCommand({
      modelId: created.inferenceProfileArn,
      messages: [{ role: 'user', content: [{ text: 'Name a colour.' }] }],
    }));
    assert.equal(answer.stopReason, 'end_turn');
    assert.ok(answer.output.message.content[0].text.length > 0);

    await client.send(new DeleteInferenceProfileCommand({ inferenceProfileIdentifier: created.inferenceProfileArn }));
    await assert.rejects(client.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: created.inferenceProfileArn })), { name: 'ResourceNotFoundException' });
    await assert.rejects(client.send(new DeleteInferenceProfileCommand({ inferenceProfileIdentifier: created.inferenceProfileArn })), { name: 'ResourceNotFoundException' });
  });

  test('the SDK fills clientRequestToken, a retried token returns the same profile, a name in use is ConflictException', async () => {
    const first = await client.send(new CreateInferenceProfileCommand({
      inferenceProfileName: 'conformance-lite', modelSource: { copyFrom: NOVA_LITE_ARN }, clientRequestToken: 'conformance-token-1',
    }));
    const again = await client.send(new CreateInferenceProfileCommand({
      inferenceProfileName: 'conformance-lite', modelSource: { copyFrom: NOVA_LITE_ARN }, clientRequestToken: 'conformance-token-1',
    }));
    assert.equal(again.inferenceProfileArn, first.inferenceProfileArn);
    await assert.rejects(
      client.send(new CreateInferenceProfileCommand({ inferenceProfileName: 'conformance-lite', modelSource: { copyFrom: NOVA_LITE_ARN } })),
      { name: 'ConflictException' },
    );
    await client.send(new DeleteInferenceProfileCommand({ inferenceProfileIdentifier: first.inferenceProfileArn }));
  });

  test('TagResource and UntagResource change the tags ListTagsForResource reports', async () => {
    const { inferenceProfileArn } = await client.send(new CreateInferenceProfileCommand({
      inferenceProfileName: 'conformance-tags', modelSource: { copyFrom: NOVA_LITE_ARN }, tags: [{ key: 'team', value: 'a' }],
    }));
    await client.send(new TagResourceCommand({ resourceARN: inferenceProfileArn, tags: [{ key: 'team', value: 'b' }, { key: 'cost-center', value: '42' }] }));
    await client.send(new UntagResourceCommand({ resourceARN: inferenceProfileArn, tagKeys: ['team'] }));
    const { tags } = await client.send(new ListTagsForResourceCommand({ resourceARN: inferenceProfileArn }));
    assert.deepEqual(tags, [{ key: 'cost-center', value: '42' }]);
    await client.send(new DeleteInferenceProfileCommand({ inferenceProfileIdentifier: inferenceProfileArn }));
  });

  test('service errors: bad name, unknown source, too many tags, system profile deletion', async () => {
    await assert.rejects(
      client.send(new CreateInferenceProfileCommand({ inferenceProfileName: 'bad name!', modelSource: { copyFrom: NOVA_LITE_ARN } })),
      (error) => error.name === 'ValidationException' && /inferenceProfileName/.test(error.message),
    );
    await assert.rejects(
      client.send(new CreateInferenceProfileCommand({ inferenceProfileName: 'ghost', modelSource: { copyFrom: 'arn:aws:bedrock:us-east-1::foundation-model/nobody.nothing-v1' } })),
      { name: 'ResourceNotFoundException' },
    );
    const tags = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    await assert.rejects(
      client.send(new CreateInferenceProfileCommand({ inferenceProfileName: 'many-tags', modelSource: { copyFrom: NOVA_LITE_ARN }, tags })),
      { name: 'TooManyTagsException' },
    );
    await assert.rejects(
      client.send(new DeleteInferenceProfileCommand({ inferenceProfileIdentifier: 'us.amazon.nova-lite-v1:0' })),
      { name: 'ValidationException' },
    );
  });
});
