// Starts the BedrockPS emulator host as a child process on a free port and stops it again.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');

// The built-in fake credentials (src/BedrockPS.Emulator/README.md).
export const ACCESS_KEY_ID = 'AKIAEMULATOR00000000';
export const SECRET_ACCESS_KEY = 'bedrock-emulator-secret-key-not-a-secret';
export const API_KEY = 'bedrock-emulator-api-key-not-a-secret';
export const REGION = 'us-east-1';
export const SCENARIO = join(here, '..', 'scenario.json');

/** The host assembly: BEDROCKPS_EMULATOR_HOST_DLL, else the newest of the Release and Debug builds. */
export function hostDll() {
  if (process.env.BEDROCKPS_EMULATOR_HOST_DLL) {
    return process.env.BEDROCKPS_EMULATOR_HOST_DLL;
  }
  const candidates = ['Release', 'Debug']
    .map((configuration) => join(repoRoot, 'src', 'BedrockPS.Emulator.Host', 'bin', configuration, 'net10.0', 'BedrockPS.Emulator.Host.dll'))
    .filter((path) => existsSync(path))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (candidates.length === 0) {
    throw new Error('Build the emulator host first: dotnet build src/BedrockPS.Emulator.Host');
  }
  return candidates[0];
}

/** Spawns the host with --port 0 and resolves once its first line names the endpoint. */
export async function startEmulator(extraArgs = []) {
  const child = spawn('dotnet', [hostDll(), '--port', '0', '--exit-on-stdin-close', ...extraArgs], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const endpoint = await new Promise((resolveEndpoint, reject) => {
    const timer = setTimeout(() => reject(new Error('The emulator did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`The emulator exited early with code ${code}`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      const match = /^Listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line.trim());
      if (match) {
        resolveEndpoint(match[1]);
      } else {
        reject(new Error(`Unexpected first line from the emulator: ${line}`));
      }
    });
  });
  lines.on('line', () => {});
  return {
    endpoint,
    async stop() {
      if (child.exitCode !== null) {
        return;
      }
      const exited = new Promise((done) => child.once('exit', done));
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
