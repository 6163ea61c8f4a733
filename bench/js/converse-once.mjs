// Baseline of scenario 11: a whole Node process that makes one Converse call through the official AWS SDK for
// JavaScript v3 (HTTP/1.1 via NodeHttpHandler), as a CI step would. Everything comes from the environment, as on a CI
// runner: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_REGION / AWS_ENDPOINT_URL_BEDROCK_RUNTIME, plus
// BENCH_MODEL_ID and BENCH_PROMPT. Exits non-zero unless the answer echoes the prompt.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';

const prompt = process.env.BENCH_PROMPT;
const client = new BedrockRuntimeClient({ requestHandler: new NodeHttpHandler() });
const answer = await client.send(new ConverseCommand({
  modelId: process.env.BENCH_MODEL_ID,
  messages: [{ role: 'user', content: [{ text: prompt }] }],
}));
client.destroy();
const text = answer.output?.message?.content?.[0]?.text ?? '';
if (!text.endsWith(prompt)) {
  console.error(`unexpected answer: ${text}`);
  process.exit(3);
}
