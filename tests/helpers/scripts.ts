import { spawn } from 'node:child_process'
import path from 'node:path'

export type ScriptRun = { code: number | null; output: string }

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Runs one of scripts/*.ts with tsx as an operator would (`npm run …`), stdout and stderr together;
 * again on exit 75 (tsx's loader stalled on Node 20: the script asks to be run again). `env` is the
 * whole environment of the child.
 */
export async function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ScriptRun> {
  const once = () =>
    new Promise<ScriptRun>((resolve, reject) => {
      let output = ''
      const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts', script), ...args], {
        cwd: root,
        env: { ...env, NODE_OPTIONS: '--no-deprecation', SCRIPT_LOAD_TIMEOUT_MS: '40000' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout.on('data', (d: Buffer) => (output += d.toString()))
      child.stderr.on('data', (d: Buffer) => (output += d.toString()))
      child.on('error', reject)
      child.on('exit', (code) => resolve({ code, output }))
    })
  let run = await once()
  for (let retry = 0; run.code === 75 && retry < 2; retry++) run = await once()
  return run
}
