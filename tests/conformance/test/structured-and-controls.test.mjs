// Structured output, prompt caching, service tiers, latency, request metadata and native body checks, as the SDK sees them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConverseCommand, ConverseStreamCommand, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { startEmulator } from '../support/emulator.mjs';
import { collectConverseStream, decode, encode, runtimeClient } from '../support/clients.mjs';

const HAIKU_45 = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
const NOVA_LITE = 'amazon.nova-lite-v1:0';
const STRUCTURED_SCENARIO = join(dirname(fileURLToPath(import.meta.url)), '..', 'structured-scenario.json');
const user = (text) => [{ role: 'user', content: [{ text }] }];
const words = (count, stem = 'w') => Array.from({ length: count }, (_, i) => `${stem}${i}`).join(' ');

const ticketSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['category', 'priority', 'summary', 'tags', 'customer'],
  properties: {
    category: { type: 'string', enum: ['billing', 'outage', 'other'] },
    priority: { type: 'integer', minimum: 1, maximum: 5 },
    summary: { type: 'string', maxLength: 30 },
    tags: { type: 'array', minItems: 2, items: { type: 'string' } },
    customer: { type: 'object', required: ['name', 'vip'], additionalProperties: false, properties: { name: { type: 'string' }, vip: { type: 'boolean' } } },
  },
};
const outputConfig = (schema) => ({
  textFormat: { type: 'json_schema', structure: { jsonSchema: { schema: JSON.stringify(schema), name: 'ticket', description: 'A support ticket' } } },
});

/** The checks a client would make of a ticket answer; each names the rule it enforces. */
function assertTicket(answer) {
  assert.deepEqual(Object.keys(answer).sort(), ['category', 'customer', 'priority', 'summary', 'tags']);
  assert.ok(ticketSchema.properties.category.enum.includes(answer.category), 'enum');
  assert.ok(Number.isInteger(answer.priority) && answer.priority >= 1 && answer.priority <= 5, 'integer range');
  assert.ok(typeof answer.summary === 'string' && answer.summary.length <= 30, 'maxLength');
  assert.ok(Array.isArray(answer.tags) && answer.tags.length >= 2 && answer.tags.every((t) => typeof t === 'string'), 'minItems');
  assert.deepEqual(Object.keys(answer.customer).sort(), ['name', 'vip']);
  assert.equal(typeof answer.customer.vip, 'boolean');
}

const rejectsWith = (promise, name, message) =>
  assert.rejects(promise, (error) => {
    assert.equal(error.name, name);
    assert.equal(error.message, message);
    return true;
  });

let emulator;
let client;

before(async () => {
  emulator = await startEmulator(['--scenario', STRUCTURED_SCENARIO, '--flex-throttle-every', '3']);
  client = runtimeClient(emulator.endpoint);
});

after(async () => {
  client?.destroy();
  await emulator?.stop();
});

describe('outputConfig', () => {
  test('a structured answer is JSON that validates against the schema', async () => {
    const response = await client.send(new ConverseCommand({ modelId: HAIKU_45, messages: user('Charged twice for my plan'), outputConfig: outputConfig(ticketSchema) }));
    assert.equal(response.stopReason, 'end_turn');
    const answer = JSON.parse(response.output.message.content[0].text);
    assertTicket(answer);
    assert.equal(answer.summary, 'Charged twice for my plan');
  });

  test('a streamed structured answer joins into the same JSON', async () => {
    const request = { modelId: HAIKU_45, messages: user('Router down since noon'), outputConfig: outputConfig(ticketSchema) };
    const whole = await client.send(new ConverseCommand(request));
    const { text, error } = await collectConverseStream(await client.send(new ConverseStreamCommand(request)));
    assert.equal(error, undefined);
    assert.equal(text, whole.output.message.content[0].text);
    assertTicket(JSON.parse(text));
  });

  test('a model without native structured output refuses it with the service message', async () => {
    await rejectsWith(client.send(new ConverseCommand({ modelId: NOVA_LITE, messages: user('hi'), outputConfig: outputConfig(ticketSchema) })),
      'ValidationException', "This model doesn't support the outputConfig.textFormat field. Remove outputConfig.textFormat and try again.");
  });

  test('forced tool use gives an input that validates against the tool schema', async () => {
    const toolConfig = { tools: [{ toolSpec: { name: 'record_ticket', inputSchema: { json: ticketSchema } } }], toolChoice: { tool: { name: 'record_ticket' } } };
    const response = await client.send(new ConverseCommand({ modelId: NOVA_LITE, messages: user('VPN keeps dropping'), toolConfig }));
    assert.equal(response.stopReason, 'tool_use');
    assertTicket(response.output.message.content.find((block) => block.toolUse).toolUse.input);
  });

  test('Nova refuses $defs in a tool schema', async () => {
    const schema = { type: 'object', properties: { c: { $ref: '#/$defs/c' } }, $defs: { c: { type: 'string' } } };
    const toolConfig = { tools: [{ toolSpec: { name: 'a', inputSchema: { json: { type: 'object' } } } }, { toolSpec: { name: 'b', inputSchema: { json: schema } } }] };
    await rejectsWith(client.send(new ConverseCommand({ modelId: NOVA_LITE, messages: user('hi'), toolConfig })), 'ValidationException',
      'The model returned the following errors: Malformed input request: #/toolConfig/tools/1/toolSpec/inputSchema/json: extraneous key [$defs] is not permitted, please reformat your input and try again.');
  });

  test('a scenario rule makes the first answer invalid and the repair turn valid', async () => {
    const first = await client.send(new ConverseCommand({ modelId: HAIKU_45, messages: user('flaky ticket'), outputConfig: outputConfig(ticketSchema) }));
    const broken = JSON.parse(first.output.message.content[0].text);
    assert.equal(broken.category, undefined);
    const messages = [...user('flaky ticket'), first.output.message, ...user('The answer lacks "category". Answer again.')];
    const repaired = await client.send(new ConverseCommand({ modelId: HAIKU_45, messages, outputConfig: outputConfig(ticketSchema) }));
    assertTicket(JSON.parse(repaired.output.message.content[0].text));
  });
});

describe('prompt caching', () => {
  const system = [{ text: words(4200) }, { cachePoint: { type: 'default' } }];

  test('the first request writes the prefix, the next reads it, and inputTokens leaves both out', async () => {
    const first = await client.send(new ConverseCommand({ modelId: HAIKU_45, system, messages: user('first question') }));
    assert.equal(first.usage.cacheWriteInputTokens, 4200);
    assert.equal(first.usage.cacheReadInputTokens, 0);
    assert.equal(first.usage.inputTokens, 2);
    assert.deepEqual(first.usage.cacheDetails, [{ ttl: '5m', inputTokens: 4200 }]);
    assert.equal(first.usage.totalTokens, 2 + 4200 + first.usage.outputTokens);

    const second = await client.send(new ConverseCommand({ modelId: HAIKU_45, system, messages: user('second one') }));
    assert.equal(second.usage.cacheReadInputTokens, 4200);
    assert.equal(second.usage.cacheWriteInputTokens, 0);
    assert.equal(second.usage.inputTokens, 2);
  });

  test('the stream metadata event carries the cache usage, and a short prefix is not cached', async () => {
    const { events } = await collectConverseStream(await client.send(new ConverseStreamCommand({ modelId: HAIKU_45, system, messages: user('streamed') })));
    assert.equal(events.find((e) => e.metadata).metadata.usage.cacheReadInputTokens, 4200);
    const short = await client.send(new ConverseCommand({ modelId: HAIKU_45, system: [{ text: words(100) }, { cachePoint: { type: 'default', ttl: '1h' } }], messages: user('hi') }));
    assert.equal(short.usage.cacheWriteInputTokens, 0);
    assert.equal(short.usage.cacheReadInputTokens, 0);
    assert.equal(short.usage.inputTokens, 101);
  });
});

describe('service tier, latency and request metadata', () => {
  test('the tier is reported in the response and in the stream metadata', async () => {
    const response = await client.send(new ConverseCommand({ modelId: NOVA_LITE, messages: user('hi'), serviceTier: { type: 'priority' } }));
    assert.deepEqual(response.serviceTier, { type: 'priority' });
    const { events } = await collectConverseStream(await client.send(new ConverseStreamCommand({ modelId: NOVA_LITE, messages: user('hi'), serviceTier: { type: 'priority' } })));
    assert.deepEqual(events.find((e) => e.metadata).metadata.serviceTier, { type: 'priority' });
  });

  test('a tier the model is not offered in is refused, and flex is throttled every third request', async () => {
    await rejectsWith(client.send(new ConverseCommand({ modelId: HAIKU_45, messages: user('hi'), serviceTier: { type: 'flex' } })),
      'ValidationException', 'The service tier provided is not supported for this model.');
    await rejectsWith(client.send(new ConverseCommand({ modelId: NOVA_LITE, messages: user('hi'), serviceTier: { type: 'reserved' } })), 'ValidationException', 'Reservation not found.');
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      try {
        const response = await client.send(new ConverseCommand({ modelId: NOVA_LITE, messages: user('hi'), serviceTier: { type: 'flex' } }));
        outcomes.push(response.serviceTier.type);
      } catch (error) {
        outcomes.push(error.name);
      }
    }
    assert.deepEqual(outcomes, ['flex', 'flex', 'ThrottlingException']);
  });

  test('latency-optimized inference is echoed where offered and refused elsewhere', async () => {
    const response = await client.send(new ConverseCommand({ modelId: 'us.amazon.nova-pro-v1:0', messages: user('hi'), performanceConfig: { latency: 'optimized' } }));
    assert.deepEqual(response.performanceConfig, { latency: 'optimized' });
    await rejectsWith(client.send(new ConverseCommand({ modelId: HAIKU_45, messages: user('hi'), performanceConfig: { latency: 'optimized' } })),
      'ValidationException', "This model doesn't support the performanceConfig.latency field. Remove performanceConfig.latency and try again.");
  });

  test('request metadata within the limits is accepted and beyond them refused', async () => {
    const response = await client.send(new ConverseCommand({ modelId: HAIKU_45, messages: user('hi'), requestMetadata: { team: 'ops', 'cost-centre': 'cc:42/eu' } }));
    assert.equal(response.stopReason, 'end_turn');
    const tooMany = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v']));
    await assert.rejects(client.send(new ConverseCommand({ modelId: HAIKU_45, messages: user('hi'), requestMetadata: tooMany })), (error) => {
      assert.equal(error.name, 'ValidationException');
      assert.match(error.message, /at 'requestMetadata' failed to satisfy constraint: Member must have length between 1 and 16/);
      return true;
    });
    await assert.rejects(client.send(new ConverseCommand({ modelId: HAIKU_45, messages: user('hi'), requestMetadata: { 'bad;key': 'v' } })), /ValidationException|requestMetadata/);
  });

  test('InvokeModel reports the tier it was sent in its response', async () => {
    const body = encode({ messages: user('hi') });
    const response = await client.send(new InvokeModelCommand({ modelId: NOVA_LITE, body, contentType: 'application/json', serviceTier: 'priority' }));
    assert.equal(response.serviceTier, 'priority');
    assert.equal(decode(response.body).output.message.content[0].text, 'Echo: hi');
  });
});

describe('native body checks', () => {
  const claude = { anthropic_version: 'bedrock-2023-05-31', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }] };
  const invoke = (body) => client.send(new InvokeModelCommand({ modelId: HAIKU_45, body: encode(body), contentType: 'application/json' }));

  test('an Anthropic body out of range, with an unknown key or missing a member is malformed input', async () => {
    await rejectsWith(invoke({ ...claude, temperature: 5 }), 'ValidationException',
      'Malformed input request: #/temperature: 5 is not less or equal to 1, please reformat your input and try again.');
    await rejectsWith(invoke({ ...claude, foo: 1 }), 'ValidationException',
      'Malformed input request: #: extraneous key [foo] is not permitted, please reformat your input and try again.');
    await rejectsWith(invoke({ ...claude, messages: [{ role: 'user', content: 'hi', foo: 1 }] }), 'ValidationException',
      'Malformed input request: #/messages/0: extraneous key [foo] is not permitted, please reformat your input and try again.');
    const { max_tokens: _, ...withoutMax } = claude;
    await rejectsWith(invoke(withoutMax), 'ValidationException',
      'Malformed input request: #: required key [max_tokens] not found, please reformat your input and try again.');
  });

  test('a valid Anthropic body is still answered', async () => {
    const response = await invoke({ ...claude, temperature: 0.5, top_k: 10, system: 'Be brief' });
    assert.equal(decode(response.body).content[0].text, 'Echo: hi');
  });
});
