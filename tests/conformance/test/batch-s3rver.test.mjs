// The batch workflow against an S3 nobody here wrote: s3rver stores what it receives, so the client's uploads
// (Start-BedrockBatchJob, through AWSSDK.S3) and the emulator's external-S3 reads and writes must be plain bytes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { S3RVER_KEY, bodyBytes, s3Client, startBatchEmulator, startS3rver } from '../support/batch.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const manifest = join(repoRoot, 'out', 'BedrockPS', 'BedrockPS.psd1');
let s3rver;
let emulator;
let s3;

before(async () => {
  s3rver = await startS3rver();
  s3 = s3Client(s3rver.endpoint, S3RVER_KEY);
  await s3.send(new CreateBucketCommand({ Bucket: 'client-side' }));
  emulator = await startBatchEmulator([
    '--batch-step-ms', '20', '--key-pair', 'S3RVER:S3RVER',
    '--external-s3', s3rver.endpoint, '--external-s3-key', 'S3RVER:S3RVER',
  ]);
});

after(async () => {
  s3?.destroy();
  await emulator?.stop();
  await s3rver?.stop();
});

const script = String.raw`
$ErrorActionPreference = 'Stop'
Import-Module $env:BEDROCKPS_MANIFEST
$cred = [pscredential]::new('S3RVER', (ConvertTo-SecureString 'S3RVER' -AsPlainText -Force))
$connection = @{ EndpointUrl = $env:BEDROCK; Region = 'us-east-1'; Credential = $cred; S3EndpointUrl = $env:S3 }
$rows = 1..120 | ForEach-Object { [pscustomobject]@{ Id = $_; Prompt = "Résumé n° $_ — 日本語 ✓" } }
$job = $rows | Start-BedrockBatchJob -ModelId amazon.nova-lite-v1:0 -S3Uri s3://client-side/runs -RoleArn arn:aws:iam::123456789012:role/BedrockBatch -JobName s3rver-run @connection
$null = $job | Wait-BedrockBatchJob -PollIntervalSec 0.05 @connection
$results = @($job | Receive-BedrockBatchJob @connection | ForEach-Object { [pscustomobject]@{ Id = $_.Input.Id; Prompt = $_.Input.Prompt; Text = $_.Text } })
'RESULT ' + (ConvertTo-Json -InputObject $results -Compress -Depth 3)
`;

test('Start, Wait and Receive round-trip through s3rver: inputs stored byte for byte, answers joined in order', { timeout: 300_000 }, async () => {
  assert.ok(existsSync(manifest), `Build the module first (dotnet pwsh ./build.ps1 -Task Build): ${manifest} is missing`);
  // Asynchronous: s3rver runs in this process and must keep answering while pwsh works.
  const run = await new Promise((done) => {
    const child = spawn('dotnet', ['pwsh', '-NoProfile', '-NonInteractive', '-Command', script], {
      cwd: repoRoot,
      env: { ...process.env, BEDROCKPS_MANIFEST: manifest, BEDROCK: emulator.endpoint, S3: s3rver.endpoint },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('exit', (status) => { clearTimeout(timer); done({ status, stdout, stderr }); });
  });
  const line = (run.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '));
  assert.ok(line, `pwsh failed (${run.status}): ${run.stdout}\n${run.stderr}`);
  const results = JSON.parse(line.substring('RESULT '.length));
  assert.equal(results.length, 120);
  assert.deepEqual(results.map((r) => r.Id), Array.from({ length: 120 }, (_, i) => i + 1));
  assert.equal(results[4].Prompt, 'Résumé n° 5 — 日本語 ✓');
  assert.ok(results.every((r) => r.Text.length > 0));

  const listed = await s3.send(new ListObjectsV2Command({ Bucket: 'client-side', Prefix: 'runs/s3rver-run/' }));
  const keys = listed.Contents.map((o) => o.Key);
  assert.ok(keys.includes('runs/s3rver-run/job-0001/input-0001.jsonl'), keys.join(', '));
  assert.ok(keys.includes('runs/s3rver-run/job-0001.rows.manifest'), keys.join(', '));
  assert.ok(keys.some((k) => /^runs\/s3rver-run\/output\/[a-z0-9]{12}\/input-0001\.jsonl\.out$/.test(k)), keys.join(', '));
  const input = (await bodyBytes(await s3.send(new GetObjectCommand({ Bucket: 'client-side', Key: 'runs/s3rver-run/job-0001/input-0001.jsonl' })))).toString('utf8');
  // Stored as sent: 120 JSON lines, no aws-chunked framing (chunk sizes, signatures or trailers) around them.
  assert.equal(input.length > 0 && input.endsWith('\n'), true);
  const lines = input.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 120);
  assert.equal(lines[119].recordId, 'R0000000120');
  assert.equal(lines[4].modelInput.messages[0].content[0].text, 'Résumé n° 5 — 日本語 ✓');
  assert.equal(listed.Contents.find((o) => o.Key.endsWith('input-0001.jsonl')).Size, Buffer.byteLength(input, 'utf8'));
});
