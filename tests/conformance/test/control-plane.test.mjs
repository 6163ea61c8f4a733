// Control-plane operations through @aws-sdk/client-bedrock against the emulator.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  GetFoundationModelCommand,
  GetInferenceProfileCommand,
  ListFoundationModelsCommand,
  ListInferenceProfilesCommand,
  paginateListInferenceProfiles,
} from '@aws-sdk/client-bedrock';
import { startEmulator } from '../support/emulator.mjs';
import { controlClient } from '../support/clients.mjs';

let emulator;
let client;

before(async () => {
  emulator = await startEmulator();
  client = controlClient(emulator.endpoint);
});

after(async () => {
  client?.destroy();
  await emulator?.stop();
});

describe('foundation models', () => {
  test('lists the catalog with lifecycle dates parsed as dates', async () => {
    const { modelSummaries } = await client.send(new ListFoundationModelsCommand({}));
    assert.ok(modelSummaries.length >= 20);
    const haiku = modelSummaries.find((m) => m.modelId === 'anthropic.claude-haiku-4-5-20251001-v1:0');
    assert.equal(haiku.providerName, 'Anthropic');
    assert.deepEqual(haiku.inputModalities, ['TEXT', 'IMAGE']);
    assert.equal(haiku.responseStreamingSupported, true);
    assert.ok(modelSummaries.some((m) => m.modelLifecycle.status === 'LEGACY'));
  });

  test('filters by provider, output modality, inference type and customization', async () => {
    const byProvider = await client.send(new ListFoundationModelsCommand({ byProvider: 'meta' }));
    assert.ok(byProvider.modelSummaries.length > 0 && byProvider.modelSummaries.every((m) => m.providerName === 'Meta'));
    const embeddings = await client.send(new ListFoundationModelsCommand({ byOutputModality: 'EMBEDDING' }));
    assert.ok(embeddings.modelSummaries.length >= 2 && embeddings.modelSummaries.every((m) => m.outputModalities.includes('EMBEDDING')));
    const provisioned = await client.send(new ListFoundationModelsCommand({ byInferenceType: 'PROVISIONED' }));
    assert.ok(provisioned.modelSummaries.every((m) => m.inferenceTypesSupported.includes('PROVISIONED')));
    const tunable = await client.send(new ListFoundationModelsCommand({ byCustomizationType: 'FINE_TUNING' }));
    assert.ok(tunable.modelSummaries.every((m) => m.customizationsSupported.includes('FINE_TUNING')));
  });

  test('gets one model by id and by ARN; an unknown one is ResourceNotFoundException', async () => {
    const byId = await client.send(new GetFoundationModelCommand({ modelIdentifier: 'amazon.nova-micro-v1:0' }));
    assert.equal(byId.modelDetails.modelName, 'Nova Micro');
    const byArn = await client.send(new GetFoundationModelCommand({ modelIdentifier: byId.modelDetails.modelArn }));
    assert.equal(byArn.modelDetails.modelId, 'amazon.nova-micro-v1:0');
    await assert.rejects(client.send(new GetFoundationModelCommand({ modelIdentifier: 'nobody.nothing-v1' })), { name: 'ResourceNotFoundException' });
  });
});

describe('inference profiles', () => {
  test('the SDK paginator walks every page', async () => {
    const all = (await client.send(new ListInferenceProfilesCommand({}))).inferenceProfileSummaries;
    const seen = [];
    let pages = 0;
    for await (const page of paginateListInferenceProfiles({ client, pageSize: 5 }, {})) {
      pages += 1;
      assert.ok(page.inferenceProfileSummaries.length <= 5);
      seen.push(...page.inferenceProfileSummaries.map((p) => p.inferenceProfileId));
    }
    assert.ok(pages > 1);
    assert.deepEqual(seen, all.map((p) => p.inferenceProfileId));
    for (const prefix of ['us.', 'eu.', 'global.']) {
      assert.ok(seen.some((id) => id.startsWith(prefix)), prefix);
    }
    assert.ok(all[0].createdAt instanceof Date);
  });

  test('the type filter', async () => {
    const system = await client.send(new ListInferenceProfilesCommand({ typeEquals: 'SYSTEM_DEFINED' }));
    assert.ok(system.inferenceProfileSummaries.every((p) => p.type === 'SYSTEM_DEFINED'));
    const application = await client.send(new ListInferenceProfilesCommand({ typeEquals: 'APPLICATION' }));
    assert.deepEqual(application.inferenceProfileSummaries, []);
  });

  test('gets one profile by id and by ARN', async () => {
    const profile = await client.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: 'us.anthropic.claude-sonnet-4-20250514-v1:0' }));
    assert.equal(profile.status, 'ACTIVE');
    assert.ok(profile.models.length >= 1);
    const byArn = await client.send(new GetInferenceProfileCommand({ inferenceProfileIdentifier: profile.inferenceProfileArn }));
    assert.equal(byArn.inferenceProfileId, 'us.anthropic.claude-sonnet-4-20250514-v1:0');
  });
});
