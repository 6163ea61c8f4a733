// The emulator host with its embedded S3 endpoint, S3 clients, and s3rver on a free loopback port.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import S3rver from 's3rver';
import { ACCESS_KEY_ID, REGION, SECRET_ACCESS_KEY, hostDll } from './emulator.mjs';

export const S3RVER_KEY = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** Spawns the host and resolves once it has named both its Bedrock and its S3 endpoint. */
export async function startBatchEmulator(extraArgs = []) {
  const child = spawn('dotnet', [hostDll(), '--port', '0', '--exit-on-stdin-close', ...extraArgs], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const found = await new Promise((resolveFound, reject) => {
    const timer = setTimeout(() => reject(new Error('The emulator did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`The emulator exited early with code ${code}`)));
    const seen = {};
    lines.on('line', (line) => {
      const listening = /^Listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line.trim());
      const s3 = /^S3 endpoint (http:\/\/127\.0\.0\.1:\d+)$/.exec(line.trim());
      if (listening) seen.endpoint = listening[1];
      if (s3) seen.s3Endpoint = s3[1];
      if (seen.endpoint && seen.s3Endpoint) {
        clearTimeout(timer);
        resolveFound(seen);
      }
    });
  });
  return {
    ...found,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.stdin.end();
      await exited;
    },
  };
}

/** The SDK's S3 client, path-style over HTTP/1.1, no retries; SDK defaults for checksums unless overridden. */
export function s3Client(endpoint, credentials = { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY }, extra = {}) {
  return new S3Client({
    region: REGION,
    endpoint,
    forcePathStyle: true,
    credentials,
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ requestTimeout: 60_000 }),
    ...extra,
  });
}

/** s3rver on 127.0.0.1 and a free port, keeping its files in a temporary folder removed on stop. */
export async function startS3rver() {
  const directory = mkdtempSync(join(tmpdir(), 'bedrockps-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export async function bodyBytes(response) {
  return Buffer.from(await response.Body.transformToByteArray());
}
