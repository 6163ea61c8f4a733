// The emulator's S3 endpoint through @aws-sdk/client-s3 and its batch job operations through @aws-sdk/client-bedrock.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, createHash } from 'node:crypto';
import {
  CompleteMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  UploadPartCommand,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import {
  CreateModelInvocationJobCommand,
  GetModelInvocationJobCommand,
  ListModelInvocationJobsCommand,
  StopModelInvocationJobCommand,
  paginateListModelInvocationJobs,
} from '@aws-sdk/client-bedrock';
import { controlClient } from '../support/clients.mjs';
import { bodyBytes, s3Client, startBatchEmulator } from '../support/batch.mjs';

const ROLE = 'arn:aws:iam::123456789012:role/BedrockBatch';
const MODEL = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
let emulator;
let s3;
let bedrock;

before(async () => {
  emulator = await startBatchEmulator(['--batch-step-ms', '20', '--batch-min-records', '3']);
  s3 = s3Client(emulator.s3Endpoint);
  bedrock = controlClient(emulator.endpoint);
  await s3.send(new CreateBucketCommand({ Bucket: 'conformance' }));
});

after(async () => {
  s3?.destroy();
  bedrock?.destroy();
  await emulator?.stop();
});

function records(count) {
  return Array.from({ length: count }, (_, i) => JSON.stringify({
    recordId: `REC${String(i + 1).padStart(8, '0')}`,
    modelInput: { messages: [{ role: 'user', content: [{ text: `Question ${i + 1}` }] }], inferenceConfig: { maxTokens: 30 } },
  })).join('\n') + '\n';
}

async function waitForEnd(jobIdentifier) {
  for (let i = 0; i < 500; i++) {
    const job = await bedrock.send(new GetModelInvocationJobCommand({ jobIdentifier }));
    if (['Completed', 'PartiallyCompleted', 'Failed', 'Stopped', 'Expired'].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the job never ended');
}

describe('embedded S3 endpoint', () => {
  test('puts and gets bytes exactly, with the SDK default checksums, for a buffer and a stream', async () => {
    const data = randomBytes(200_000);
    await s3.send(new PutObjectCommand({ Bucket: 'conformance', Key: 'raw/buffer.bin', Body: data }));
    const { Readable } = await import('node:stream');
    await s3.send(new PutObjectCommand({ Bucket: 'conformance', Key: 'raw/stream.bin', Body: Readable.from([data.subarray(0, 70_000), data.subarray(70_000)]), ContentLength: data.length }));
    for (const key of ['raw/buffer.bin', 'raw/stream.bin']) {
      const got = await bodyBytes(await s3.send(new GetObjectCommand({ Bucket: 'conformance', Key: key })));
      assert.ok(got.equals(data), key);
    }
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'conformance', Key: 'raw/buffer.bin' }));
    assert.equal(head.ContentLength, data.length);
    assert.equal(head.ETag, `"${createHash('md5').update(data).digest('hex')}"`);
  });

  test('assembles a multipart upload in part order', async () => {
    const parts = [randomBytes(5 * 1024 * 1024), randomBytes(1234)];
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'conformance', Key: 'raw/multi.bin' }));
    const etags = [];
    for (let i = 0; i < parts.length; i++) {
      const { ETag } = await s3.send(new UploadPartCommand({ Bucket: 'conformance', Key: 'raw/multi.bin', UploadId, PartNumber: i + 1, Body: parts[i] }));
      etags.push({ ETag, PartNumber: i + 1 });
    }
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'conformance', Key: 'raw/multi.bin', UploadId, MultipartUpload: { Parts: etags } }));
    assert.match(done.ETag, /-2"$/);
    const got = await bodyBytes(await s3.send(new GetObjectCommand({ Bucket: 'conformance', Key: 'raw/multi.bin' })));
    assert.ok(got.equals(Buffer.concat(parts)));
  });

  test('lists every page with the SDK paginator', async () => {
    for (let i = 0; i < 7; i++) {
      await s3.send(new PutObjectCommand({ Bucket: 'conformance', Key: `list/k${i}`, Body: `${i}` }));
    }
    const keys = [];
    for await (const page of paginateListObjectsV2({ client: s3, pageSize: 3 }, { Bucket: 'conformance', Prefix: 'list/' })) {
      keys.push(...(page.Contents ?? []).map((o) => o.Key));
    }
    assert.deepEqual(keys, ['list/k0', 'list/k1', 'list/k2', 'list/k3', 'list/k4', 'list/k5', 'list/k6']);
  });

  test('answers NoSuchKey and refuses a wrong secret', async () => {
    await assert.rejects(s3.send(new GetObjectCommand({ Bucket: 'conformance', Key: 'missing' })), { name: 'NoSuchKey' });
    const wrong = s3Client(emulator.s3Endpoint, { accessKeyId: 'AKIAEMULATOR00000000', secretAccessKey: 'wrong' });
    await assert.rejects(wrong.send(new ListObjectsV2Command({ Bucket: 'conformance' })), (e) => e.name === 'SignatureDoesNotMatch' && e.$metadata.httpStatusCode === 403);
    wrong.destroy();
  });
});

describe('model invocation jobs', () => {
  test('a job runs to Completed and writes <output>/<job id>/<file>.out and manifest.json.out', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'conformance', Key: 'jobs/in/a.jsonl', Body: records(4) }));
    const { jobArn } = await bedrock.send(new CreateModelInvocationJobCommand({
      jobName: 'sdk-job', roleArn: ROLE, modelId: MODEL, modelInvocationType: 'Converse',
      inputDataConfig: { s3InputDataConfig: { s3Uri: 's3://conformance/jobs/in/', s3InputFormat: 'JSONL' } },
      outputDataConfig: { s3OutputDataConfig: { s3Uri: 's3://conformance/jobs/out/' } },
    }));
    const job = await waitForEnd(jobArn);
    assert.equal(job.status, 'Completed');
    assert.equal(job.totalRecordCount, 4);
    assert.equal(job.successRecordCount, 4);
    assert.ok(job.submitTime instanceof Date);
    const jobId = jobArn.split('/').pop();
    const lines = (await bodyBytes(await s3.send(new GetObjectCommand({ Bucket: 'conformance', Key: `jobs/out/${jobId}/a.jsonl.out` })))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.recordId), ['REC00000001', 'REC00000002', 'REC00000003', 'REC00000004']);
    assert.equal(lines[0].modelOutput.output.message.role, 'assistant');
    const manifest = JSON.parse((await bodyBytes(await s3.send(new GetObjectCommand({ Bucket: 'conformance', Key: `jobs/out/${jobId}/manifest.json.out` })))).toString('utf8'));
    assert.equal(manifest.processedRecordCount, 4);
    assert.ok(manifest.inputTokenCount > 0);

    const listed = [];
    for await (const page of paginateListModelInvocationJobs({ client: bedrock, pageSize: 1 }, { nameContains: 'sdk-' })) {
      listed.push(...page.invocationJobSummaries.map((j) => j.jobArn));
    }
    assert.deepEqual(listed, [jobArn]);
    await assert.rejects(bedrock.send(new StopModelInvocationJobCommand({ jobIdentifier: jobArn })), { name: 'ValidationException' });
  });

  test('the service errors arrive as the SDK exception types', async () => {
    const base = {
      jobName: 'bad', roleArn: ROLE, modelId: MODEL,
      inputDataConfig: { s3InputDataConfig: { s3Uri: 's3://conformance/x/' } },
      outputDataConfig: { s3OutputDataConfig: { s3Uri: 's3://conformance/y/' } },
    };
    await assert.rejects(bedrock.send(new CreateModelInvocationJobCommand({ ...base, roleArn: 'arn:aws:iam::123456789012:user/me' })), { name: 'ValidationException' });
    await assert.rejects(bedrock.send(new CreateModelInvocationJobCommand({ ...base, modelId: 'cohere.command-r-v1:0' })), { name: 'ValidationException' });
    await assert.rejects(bedrock.send(new GetModelInvocationJobCommand({ jobIdentifier: 'abcdefabcdef' })), { name: 'ResourceNotFoundException' });
    const { invocationJobSummaries } = await bedrock.send(new ListModelInvocationJobsCommand({ statusEquals: 'Failed' }));
    assert.ok(Array.isArray(invocationJobSummaries));
  });
});
