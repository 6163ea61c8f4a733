// SigV4 and bearer auth as the SDK does them, and a tampered signature the emulator must refuse.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { ListFoundationModelsCommand } from '@aws-sdk/client-bedrock';
import { ACCESS_KEY_ID, API_KEY, SECRET_ACCESS_KEY, startEmulator } from '../support/emulator.mjs';
import { controlClient, runtimeClient } from '../support/clients.mjs';

const HAIKU = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const converse = () => new ConverseCommand({ modelId: HAIKU, messages: [{ role: 'user', content: [{ text: 'auth check' }] }] });

let emulator;

// A temporary key pair with a session token, as STS would hand out.
const SESSION = { accessKeyId: 'ASIAEMULATORSESSION9', secretAccessKey: 'conformance-session-secret-0000000000000', sessionToken: 'conformance-session-token' };

before(async () => {
  emulator = await startEmulator(['--key-pair', `${SESSION.accessKeyId}:${SESSION.secretAccessKey}:${SESSION.sessionToken}`]);
});

after(async () => {
  await emulator?.stop();
});

describe('SigV4', () => {
  test('a request signed by the SDK is accepted on runtime and control plane', async () => {
    const runtime = runtimeClient(emulator.endpoint);
    const control = controlClient(emulator.endpoint);
    const answer = await runtime.send(converse());
    assert.equal(answer.output.message.content[0].text, 'Echo: auth check');
    const models = await control.send(new ListFoundationModelsCommand({}));
    assert.ok(models.modelSummaries.length >= 20);
    runtime.destroy();
    control.destroy();
  });

  test('a signature altered after signing is InvalidSignatureException', async () => {
    const runtime = runtimeClient(emulator.endpoint);
    runtime.middlewareStack.addRelativeTo(
      (next) => async (args) => {
        const authorization = args.request.headers.authorization;
        const last = authorization.at(-1);
        args.request.headers.authorization = authorization.slice(0, -1) + (last === '0' ? '1' : '0');
        return next(args);
      },
      { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: 'tamperSignature' },
    );
    await assert.rejects(runtime.send(converse()), (error) => {
      assert.equal(error.name, 'InvalidSignatureException');
      assert.equal(error.$metadata.httpStatusCode, 403);
      assert.match(error.message, /signature we calculated does not match/);
      return true;
    });
    runtime.destroy();
  });

  test('a wrong secret key is InvalidSignatureException', async () => {
    const runtime = runtimeClient(emulator.endpoint, { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY + 'x' });
    await assert.rejects(runtime.send(converse()), { name: 'InvalidSignatureException' });
    runtime.destroy();
  });

  test('session credentials are accepted with their token and refused with another', async () => {
    const good = runtimeClient(emulator.endpoint, SESSION);
    const answer = await good.send(converse());
    assert.equal(answer.output.message.content[0].text, 'Echo: auth check');
    good.destroy();
    const bad = runtimeClient(emulator.endpoint, { ...SESSION, sessionToken: 'stolen-or-stale' });
    await assert.rejects(bad.send(converse()), { name: 'UnrecognizedClientException' });
    bad.destroy();
  });

  test('an unknown access key is UnrecognizedClientException', async () => {
    const runtime = runtimeClient(emulator.endpoint, { accessKeyId: 'AKIANOBODY0000000000', secretAccessKey: SECRET_ACCESS_KEY });
    await assert.rejects(runtime.send(converse()), (error) => error.name === 'UnrecognizedClientException' && error.$metadata.httpStatusCode === 403);
    runtime.destroy();
  });
});

describe('Bearer API keys', () => {
  test('the SDK token config with bearer preference is accepted', async () => {
    const runtime = runtimeClient(emulator.endpoint, 'bearer');
    const seen = {};
    runtime.middlewareStack.addRelativeTo(
      (next) => async (args) => {
        seen.authorization = args.request.headers.Authorization ?? args.request.headers.authorization;
        return next(args);
      },
      { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: 'peekAuthorization' },
    );
    const answer = await runtime.send(converse());
    assert.equal(answer.output.message.content[0].text, 'Echo: auth check');
    assert.equal(seen.authorization, `Bearer ${API_KEY}`);
    runtime.destroy();
  });

  test('AWS_BEARER_TOKEN_BEDROCK in the environment is accepted', async () => {
    process.env.AWS_BEARER_TOKEN_BEDROCK = API_KEY;
    try {
      const control = controlClient(emulator.endpoint, 'env');
      const models = await control.send(new ListFoundationModelsCommand({ byProvider: 'cohere' }));
      assert.ok(models.modelSummaries.every((m) => m.providerName === 'Cohere'));
      control.destroy();
    } finally {
      delete process.env.AWS_BEARER_TOKEN_BEDROCK;
    }
  });

  test('an unknown API key is UnrecognizedClientException', async () => {
    const runtime = runtimeClient(emulator.endpoint, 'bearer');
    runtime.config.token = async () => ({ token: 'not-a-real-key' });
    await assert.rejects(runtime.send(converse()), (error) => error.name === 'UnrecognizedClientException' && error.$metadata.httpStatusCode === 403);
    runtime.destroy();
  });
});
