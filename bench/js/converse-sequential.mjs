// Baseline of scenario 3: the benchmark prompts sent one at a time (sequential awaits) through the official AWS SDK
// for JavaScript v3, over HTTP/1.1 keep-alive (NodeHttpHandler; the SDK's default would try HTTP/2).
// Usage: node converse-sequential.mjs --endpoint URL --model ID [--count 1000] [--warmup 50] [--batches 1]
// Credentials and region come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_REGION. After the warm-up the prompts
// are sent --batches times, each batch timed (wall and process CPU). Prints {"requests","failed","batchMs":[...],"cpuMs":[...]}.
import { Agent } from 'node:http';
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { numberedPrompt, warmupPrompt } from './prompts.mjs';

function argument(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at >= 0 && at + 1 < process.argv.length) return process.argv[at + 1];
  if (fallback === undefined) throw new Error(`--${name} is required`);
  return fallback;
}

const endpoint = argument('endpoint');
const modelId = argument('model');
const count = Number(argument('count', '1000'));
const warmup = Number(argument('warmup', '50'));
const batches = Number(argument('batches', '1'));

const client = new BedrockRuntimeClient({
  endpoint,
  region: process.env.AWS_REGION ?? 'us-east-1',
  requestHandler: new NodeHttpHandler({ httpAgent: new Agent({ keepAlive: true, maxSockets: 1 }) }),
});

async function send(prompt) {
  const answer = await client.send(new ConverseCommand({
    modelId,
    messages: [{ role: 'user', content: [{ text: prompt }] }],
  }));
  const text = answer.output?.message?.content?.[0]?.text ?? '';
  return text.endsWith(prompt);
}

for (let i = 0; i < warmup; i++) await send(warmupPrompt(i));

let failed = 0;
const batchMs = [];
const cpuMs = [];
for (let batch = 0; batch < batches; batch++) {
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    try {
      if (!(await send(numberedPrompt(i)))) failed++;
    } catch (error) {
      failed++;
      console.error(String(error));
    }
  }
  batchMs.push(Number(process.hrtime.bigint() - started) / 1e6);
  const cpu = process.cpuUsage(cpuBefore);
  cpuMs.push((cpu.user + cpu.system) / 1000);
}
client.destroy();
console.log(JSON.stringify({ requests: count, failed, batchMs, cpuMs }));
process.exitCode = failed === 0 ? 0 : 1;
