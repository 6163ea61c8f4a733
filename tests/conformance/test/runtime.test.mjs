// Runtime operations through @aws-sdk/client-bedrock-runtime against the emulator.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ApplyGuardrailCommand,
  ConverseCommand,
  ConverseStreamCommand,
  CountTokensCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
} from '@aws-sdk/client-bedrock-runtime';
import { SCENARIO, startEmulator } from '../support/emulator.mjs';
import { captureHeaders, collectChunks, collectConverseStream, decode, encode, runtimeClient } from '../support/clients.mjs';

const HAIKU = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const user = (text) => [{ role: 'user', content: [{ text }] }];

let emulator;
let client;

before(async () => {
  emulator = await startEmulator(['--scenario', SCENARIO]);
  client = runtimeClient(emulator.endpoint);
});

after(async () => {
  client?.destroy();
  await emulator?.stop();
});

describe('Converse', () => {
  test('answers the deterministic echo with usage, metrics and a request id', async () => {
    const response = await client.send(new ConverseCommand({ modelId: HAIKU, messages: user('Explain DNS briefly'), inferenceConfig: { maxTokens: 100 } }));
    assert.equal(response.output.message.content[0].text, 'Echo: Explain DNS briefly');
    assert.equal(response.stopReason, 'end_turn');
    assert.deepEqual(response.usage, { inputTokens: 3, outputTokens: 4, totalTokens: 7 });
    assert.equal(typeof response.metrics.latencyMs, 'number');
    assert.match(response.$metadata.requestId, /^[0-9a-f-]{36}$/);
  });

  test('accepts inference profile ids and ARNs, which the SDK percent-encodes', async () => {
    for (const modelId of [
      'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-micro-v1:0',
    ]) {
      const response = await client.send(new ConverseCommand({ modelId, messages: user('ping') }));
      assert.equal(response.output.message.content[0].text, 'Echo: ping');
    }
  });

  test('honours maxTokens and stop sequences', async () => {
    const truncated = await client.send(new ConverseCommand({ modelId: HAIKU, messages: user('a b c d e f'), inferenceConfig: { maxTokens: 2 } }));
    assert.equal(truncated.stopReason, 'max_tokens');
    assert.equal(truncated.output.message.content[0].text, 'Echo: a');
    const stopped = await client.send(new ConverseCommand({ modelId: HAIKU, messages: user('one two END three'), inferenceConfig: { stopSequences: ['END'] } }));
    assert.equal(stopped.stopReason, 'stop_sequence');
    assert.equal(stopped.output.message.content[0].text, 'Echo: one two ');
  });

  test('runs a scripted two-round tool use', async () => {
    const toolConfig = { tools: [{ toolSpec: { name: 'get_weather', description: 'Weather by city', inputSchema: { json: { type: 'object', properties: { city: { type: 'string' } } } } } }] };
    const first = await client.send(new ConverseCommand({ modelId: HAIKU, messages: user('What is the weather in Paris?'), toolConfig }));
    assert.equal(first.stopReason, 'tool_use');
    const toolUse = first.output.message.content.find((block) => block.toolUse).toolUse;
    assert.equal(toolUse.name, 'get_weather');
    assert.deepEqual(toolUse.input, { city: 'Paris', unit: 'celsius' });

    const messages = [
      ...user('What is the weather in Paris?'),
      first.output.message,
      { role: 'user', content: [{ toolResult: { toolUseId: toolUse.toolUseId, content: [{ text: 'sunny' }] } }] },
    ];
    const second = await client.send(new ConverseCommand({ modelId: HAIKU, messages, toolConfig }));
    assert.equal(second.stopReason, 'end_turn');
    assert.equal(second.output.message.content[0].text, 'Here is what I found: sunny');
  });

  test('returns scripted reasoning content', async () => {
    const response = await client.send(new ConverseCommand({ modelId: HAIKU, messages: user('ponder this') }));
    assert.deepEqual(response.output.message.content[0].reasoningContent.reasoningText, { text: 'First this, then that.', signature: 'conformance-signature' });
    assert.equal(response.output.message.content[1].text, 'Pondered.');
  });
});

describe('ConverseStream', () => {
  test('streams text deltas that join to the Converse answer, then stop and metadata', async () => {
    const response = await client.send(new ConverseStreamCommand({ modelId: 'us.amazon.nova-micro-v1:0', messages: user('stream five words please now') }));
    const { text, events, error } = await collectConverseStream(response);
    assert.equal(error, undefined);
    assert.equal(text, 'Echo: stream five words please now');
    assert.deepEqual(events[0], { messageStart: { role: 'assistant' } });
    assert.equal(events.filter((e) => e.contentBlockDelta).length, 6);
    assert.equal(events.at(-2).messageStop.stopReason, 'end_turn');
    assert.deepEqual(events.at(-1).metadata.usage, { inputTokens: 5, outputTokens: 6, totalTokens: 11 });
  });

  test('streams a tool use as a block start and input fragments', async () => {
    const toolConfig = {
      tools: [{ toolSpec: { name: 'lookup', inputSchema: { json: { type: 'object', properties: { term: { type: 'string' } }, required: ['term'] } } } }],
      toolChoice: { tool: { name: 'lookup' } },
    };
    const response = await client.send(new ConverseStreamCommand({ modelId: 'amazon.nova-lite-v1:0', messages: user('tardigrades'), toolConfig }));
    const { events, error } = await collectConverseStream(response);
    assert.equal(error, undefined);
    const start = events.find((e) => e.contentBlockStart).contentBlockStart.start.toolUse;
    assert.equal(start.name, 'lookup');
    const input = events.filter((e) => e.contentBlockDelta?.delta?.toolUse).map((e) => e.contentBlockDelta.delta.toolUse.input).join('');
    assert.deepEqual(JSON.parse(input), { term: 'tardigrades' });
    assert.equal(events.find((e) => e.messageStop).messageStop.stopReason, 'tool_use');
  });

  test('streams reasoning deltas and the signature', async () => {
    const response = await client.send(new ConverseStreamCommand({ modelId: HAIKU, messages: user('ponder again') }));
    const { text, events } = await collectConverseStream(response);
    const reasoning = events.filter((e) => e.contentBlockDelta?.delta?.reasoningContent).map((e) => e.contentBlockDelta.delta.reasoningContent);
    assert.equal(reasoning.map((r) => r.text ?? '').join(''), 'First this, then that.');
    assert.equal(reasoning.at(-1).signature, 'conformance-signature');
    assert.equal(text, 'Pondered.');
  });
});

describe('InvokeModel', () => {
  const families = [
    ['Anthropic Messages', HAIKU, { anthropic_version: 'bedrock-2023-05-31', max_tokens: 64, messages: [{ role: 'user', content: 'native hello' }] }, (b) => b.content[0].text],
    ['Titan Text', 'amazon.titan-text-express-v1', { inputText: 'native hello', textGenerationConfig: { maxTokenCount: 64 } }, (b) => b.results[0].outputText],
    ['Nova', 'amazon.nova-pro-v1:0', { schemaVersion: 'messages-v1', messages: [{ role: 'user', content: [{ text: 'native hello' }] }], inferenceConfig: { maxTokens: 64 } }, (b) => b.output.message.content[0].text],
    ['Llama', 'meta.llama3-70b-instruct-v1:0', { prompt: '<|begin_of_text|><|start_header_id|>user<|end_header_id|>\nnative hello<|eot_id|><|start_header_id|>assistant<|end_header_id|>', max_gen_len: 64 }, (b) => b.generation],
    ['Mistral text', 'mistral.mistral-7b-instruct-v0:2', { prompt: '<s>[INST] native hello [/INST]', max_tokens: 64 }, (b) => b.outputs[0].text],
    ['Mistral chat', 'mistral.mistral-large-2402-v1:0', { messages: [{ role: 'user', content: 'native hello' }], max_tokens: 64 }, (b) => b.choices[0].message.content],
    ['Cohere Command R', 'cohere.command-r-v1:0', { message: 'native hello', max_tokens: 64 }, (b) => b.text],
  ];

  for (const [family, modelId, body, textOf] of families) {
    test(`${family}: native body in, native body out, token headers`, async () => {
      const command = new InvokeModelCommand({ modelId, body: encode(body), contentType: 'application/json', accept: 'application/json' });
      const headers = captureHeaders(command);
      const response = await client.send(command);
      assert.equal(response.contentType, 'application/json');
      assert.equal(textOf(decode(response.body)), 'Echo: native hello');
      assert.ok(response.$metadata.requestId);
      assert.equal(headers['x-amzn-bedrock-input-token-count'], '2');
      assert.equal(headers['x-amzn-bedrock-output-token-count'], '3');
      assert.match(headers['x-amzn-bedrock-invocation-latency'], /^\d+$/);
    });

    test(`${family}: stream of native chunks with invocation metrics on the last`, async () => {
      const response = await client.send(new InvokeModelWithResponseStreamCommand({ modelId, body: encode(body), contentType: 'application/json' }));
      const { chunks, error } = await collectChunks(response);
      assert.equal(error, undefined);
      assert.ok(chunks.length >= 2);
      const metrics = chunks.at(-1)['amazon-bedrock-invocationMetrics'];
      assert.equal(metrics.inputTokenCount, 2);
      assert.equal(metrics.outputTokenCount, 3);
    });
  }

  test('Titan embeddings are deterministic vectors of the asked size', async () => {
    const call = () => client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v2:0', body: encode({ inputText: 'embed me', dimensions: 512 }) }));
    const first = decode((await call()).body);
    const second = decode((await call()).body);
    assert.equal(first.embedding.length, 512);
    assert.deepEqual(first.embedding, second.embedding);
    assert.equal(first.inputTextTokenCount, 2);
  });

  test('a malformed native body is a ValidationException', async () => {
    await assert.rejects(
      client.send(new InvokeModelCommand({ modelId: HAIKU, body: encode({ messages: [] }) })),
      (error) => error.name === 'ValidationException' && error.$metadata.httpStatusCode === 400 && /anthropic_version/.test(error.message),
    );
  });
});

describe('CountTokens and ApplyGuardrail', () => {
  test('CountTokens of a Converse input equals Converse usage', async () => {
    const messages = user('How many tokens are in this question?');
    const system = [{ text: 'Be exact.' }];
    const counted = await client.send(new CountTokensCommand({ modelId: HAIKU, input: { converse: { messages, system } } }));
    const answered = await client.send(new ConverseCommand({ modelId: HAIKU, messages, system }));
    assert.equal(counted.inputTokens, answered.usage.inputTokens);
    assert.equal(counted.inputTokens, 9);
  });

  test('CountTokens of a native body', async () => {
    const body = encode({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 10, messages: [{ role: 'user', content: 'three little words' }] });
    const counted = await client.send(new CountTokensCommand({ modelId: HAIKU, input: { invokeModel: { body } } }));
    assert.equal(counted.inputTokens, 3);
  });

  test('Converse with guardrailConfig intervenes on a blocked prompt and traces it', async () => {
    const guardrailConfig = { guardrailIdentifier: 'gr1abc', guardrailVersion: '1', trace: 'enabled' };
    const response = await client.send(new ConverseCommand({ modelId: HAIKU, messages: user('say something forbidden'), guardrailConfig }));
    assert.equal(response.stopReason, 'guardrail_intervened');
    assert.equal(response.output.message.content[0].text, 'Sorry, the model cannot answer this question.');
    assert.ok(response.trace.guardrail.inputAssessment.gr1abc.wordPolicy);
  });

  test('ApplyGuardrail passes, blocks and masks', async () => {
    const apply = (text) => client.send(new ApplyGuardrailCommand({ guardrailIdentifier: 'gr1abc', guardrailVersion: 'DRAFT', source: 'INPUT', content: [{ text: { text } }] }));
    assert.equal((await apply('hello there')).action, 'NONE');
    const blocked = await apply('this is forbidden');
    assert.equal(blocked.action, 'GUARDRAIL_INTERVENED');
    assert.equal(blocked.outputs[0].text, 'Sorry, the model cannot answer this question.');
    const masked = await apply('write to bob@example.org');
    assert.equal(masked.outputs[0].text, 'write to {EMAIL}');
  });
});
