// SDK clients pointed at the emulator: HTTP/1.1 (NodeHttpHandler), no retries, SigV4 or bearer auth.
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { BedrockClient } from '@aws-sdk/client-bedrock';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { ACCESS_KEY_ID, API_KEY, REGION, SECRET_ACCESS_KEY } from './emulator.mjs';

function common(endpoint, auth) {
  const config = {
    region: REGION,
    endpoint,
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ requestTimeout: 30_000 }),
  };
  if (auth === 'bearer') {
    config.token = { token: API_KEY };
    config.authSchemePreference = ['httpBearerAuth'];
    config.credentials = { accessKeyId: 'UNUSED', secretAccessKey: 'UNUSED' };
  } else if (auth !== 'env') {
    config.credentials = auth ?? { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY };
  }
  return config;
}

export function runtimeClient(endpoint, auth) {
  return new BedrockRuntimeClient(common(endpoint, auth));
}

export function controlClient(endpoint, auth) {
  return new BedrockClient(common(endpoint, auth));
}

/** Adds the emulator's per-request fault header to one command. */
export function withFault(command, fault) {
  command.middlewareStack.add(
    (next) => async (args) => {
      args.request.headers['x-bedrockps-emulator-fault'] = fault;
      return next(args);
    },
    { step: 'build', name: 'emulatorFault' },
  );
  return command;
}

/** Records the raw HTTP response headers of one command (the SDK does not expose the token-count headers). */
export function captureHeaders(command) {
  const captured = {};
  command.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      Object.assign(captured, result.response.headers);
      return result;
    },
    { step: 'deserialize', name: 'captureHeaders' },
  );
  return captured;
}

/** Collects the text deltas of a ConverseStream, and the error that ended it if any. */
export async function collectConverseStream(response) {
  let text = '';
  const events = [];
  let error;
  try {
    for await (const event of response.stream) {
      events.push(event);
      if (event.contentBlockDelta?.delta?.text !== undefined) {
        text += event.contentBlockDelta.delta.text;
      }
    }
  } catch (caught) {
    error = caught;
  }
  return { text, events, error };
}

/** Decodes the chunks of an InvokeModelWithResponseStream into native objects. */
export async function collectChunks(response) {
  const chunks = [];
  let error;
  try {
    for await (const event of response.body) {
      if (event.chunk?.bytes) {
        chunks.push(JSON.parse(Buffer.from(event.chunk.bytes).toString('utf8')));
      }
    }
  } catch (caught) {
    error = caught;
  }
  return { chunks, error };
}

export const encode = (value) => new TextEncoder().encode(JSON.stringify(value));
export const decode = (bytes) => JSON.parse(Buffer.from(bytes).toString('utf8'));
