// `mlflow-server:<experiment>`: runs of a tracking server found by the commit MLflow tags them with, against a
// local server that answers like MLflow's REST API (test/support/mlflow-server.ts), in a real git repository.
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { experimentByName, mlflowServerFromEnv } from '../../src/sources/mlflow-server.js';
import { captureIo } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { git } from '../support/workspace.js';
import { startMlflowServer, parseFilter, type FakeMlflow, type FakeMlflowOptions } from '../support/mlflow-server.js';

const CONFIG = { '.github/mlgate.yml': 'reports: ["mlflow-server:churn"]\n' };

/** A real repository: the config committed, then `commits` commits on main (oldest first). */
function linearHistory(commits: number, files: Record<string, string>) {
  const dir = tempDir('mlgate-mlflow-');
  git(dir, 'init', '-q', '-b', 'main');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  const shas: string[] = [];
  for (let i = 0; i < commits; i++) {
    writeFileSync(path.join(dir, 'step.txt'), `${i}\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', `step ${i}`);
    shas.push(git(dir, 'rev-parse', 'HEAD'));
  }
  return { dir, shas };
}
let fake: FakeMlflow | null = null;

afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function server(opts: FakeMlflowOptions = {}) {
  fake = await startMlflowServer(opts);
  return fake;
}

async function compare(dir: string, base: string, env: Record<string, string>, format = 'json') {
  const t = captureIo(dir);
  const code = await runCli(['compare', '--base-ref', base, '--format', format], { ...t.io, env });
  return { code, out: t.out(), err: t.err() };
}

const run = (commit: string, accuracy: number, extra: object = {}) => ({
  experiment: 'churn',
  commit,
  metrics: { accuracy, loss: 0.3 },
  params: { eval_size: '4000' },
  ...extra,
});

describe('mlflow-server: runs found by commit', () => {
  it('compares the head commit’s run with the base commit’s, as a hand-written report would', async () => {
    const h = linearHistory(2, CONFIG);
    const [base, head] = h.shas as [string, string];
    const s = await server();
    s.addRun(run(base, 0.91));
    s.addRun(run(head, 0.85));
    s.addRun({ experiment: 'other', commit: head, metrics: { accuracy: 0.1 } });
    const got = await compare(h.dir, base, { MLFLOW_TRACKING_URI: s.url });
    expect(got.err).toBe('');
    const result = JSON.parse(got.out);
    expect(result.base.source).toBe('mlflow');
    expect(result.base.provenance).toMatchObject({ from: 'mlflow', sha: base, behind: 0, stale: false });
    expect(result.base.provenance.line).toContain(`MLflow server ${s.url.slice(7)}, runs of \`${base.slice(0, 7)}\``);
    const m = result.models[0];
    expect([m.name, m.reader, m.metrics.find((x: { name: string }) => x.name === 'accuracy')]).toMatchObject([
      'churn',
      'mlflow',
      { base: 0.91, head: 0.85 },
    ]);
    // The same figures written by hand: the same verdict and the same metric rows.
    const yaml = (acc: number) =>
      `version: 1\nmodel: churn\nmetrics: { accuracy: ${acc}, loss: 0.3 }\neval: { size: 4000 }\n`;
    writeFileSync(path.join(h.dir, 'head.yaml'), yaml(0.85));
    writeFileSync(path.join(h.dir, 'base.yaml'), yaml(0.91));
    const t = captureIo(h.dir);
    const code = await runCli(['compare', '--head', 'head.yaml', '--base', 'base.yaml', '--format', 'json'], t.io);
    const byHand = JSON.parse(t.out());
    expect([got.code, result.verdict]).toEqual([code, byHand.verdict]);
    expect(result.verdict).toBe('fail');
    // Where each value was read (the run's directory, or head.yaml's line) differs; nothing else does.
    const figures = (rows: Array<Record<string, unknown>>) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'location')));
    expect(figures(m.metrics)).toEqual(figures(byHand.models[0].metrics));
    expect(m.metrics.length).toBe(2);
    // What was asked: the experiment by name, then runs/search filtered on the commit tag.
    expect(s.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/2.0/mlflow/experiments/get-by-name',
      'POST /api/2.0/mlflow/runs/search',
      'POST /api/2.0/mlflow/runs/search',
    ]);
    expect((s.requests[1]!.body as { filter: string }).filter).toBe(`tags.\`mlflow.source.git.commit\` = '${head}'`);
  });

  it('takes the nearest ancestor that has a run when the base has none, and says how far behind it is', async () => {
    const h = linearHistory(5, CONFIG);
    const s = await server();
    s.addRun(run(h.shas[0]!, 0.9));
    s.addRun(run(h.shas[1]!, 0.8));
    s.addRun(run(h.shas[4]!, 0.81));
    // A run of a commit that is not an ancestor of the base (another branch) is never the baseline.
    s.addRun(run('f'.repeat(40), 0.2));
    const result = JSON.parse((await compare(h.dir, h.shas[3]!, { MLFLOW_TRACKING_URI: s.url })).out);
    expect(result.base.provenance).toMatchObject({ sha: h.shas[1], base_sha: h.shas[3], behind: 2 });
    expect(result.base.provenance.line).toContain('2 commits behind the PR’s base');
    expect(result.models[0].metrics[0]).toMatchObject({ name: 'accuracy', base: 0.8, head: 0.81 });
  });

  it('reads every page (a server that answers two runs per page) and names models by their model param', async () => {
    const h = linearHistory(2, CONFIG);
    const [base, head] = h.shas as [string, string];
    const s = await server({ pageSize: 2 });
    for (const [i, model] of ['a', 'b', 'c', 'd', 'e'].entries()) {
      s.addRun(run(base, 0.8, { params: { model } }));
      s.addRun(run(head, [0.8, 0.81, 0.82, 0.83, 0.84][i]!, { params: { model } }));
    }
    const result = JSON.parse((await compare(h.dir, base, { MLFLOW_TRACKING_URI: s.url })).out);
    expect(result.models.map((m: { name: string }) => m.name).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result.models.find((m: { name: string }) => m.name === 'e').metrics[0]).toMatchObject({ head: 0.84 });
    const tokens = s.requests.map((r) => (r.body as { page_token?: string } | null)?.page_token).filter(Boolean);
    expect(tokens.length).toBe(4);
  });

  it('filters on the run name and tags of the spec', async () => {
    const h = linearHistory(2, {
      '.github/mlgate.yml': 'reports: ["mlflow-server:churn?run_name=eval&tag.stage=test"]\n',
    });
    const [base, head] = h.shas as [string, string];
    const s = await server();
    s.addRun(run(base, 0.9, { run_name: 'eval', tags: { stage: 'test' } }));
    s.addRun(run(head, 0.9, { run_name: 'eval', tags: { stage: 'test' } }));
    s.addRun(run(head, 0.1, { run_name: 'train', tags: { stage: 'test' } }));
    const result = JSON.parse((await compare(h.dir, base, { MLFLOW_TRACKING_URI: s.url })).out);
    expect(result.verdict).toBe('pass');
    expect(result.models[0].metrics[0]).toMatchObject({ base: 0.9, head: 0.9 });
    expect((s.requests[1]!.body as { filter: string }).filter).toBe(
      `tags.\`mlflow.source.git.commit\` = '${head}' AND attributes.run_name = 'eval' AND tags.\`stage\` = 'test'`,
    );
  });

  it('shows a NaN metric as NaN (diverged) and fails the PR on it', async () => {
    const h = linearHistory(2, CONFIG);
    const [base, head] = h.shas as [string, string];
    const s = await server();
    s.addRun(run(base, 0.9));
    s.addRun(run(head, NaN));
    const got = await compare(h.dir, base, { MLFLOW_TRACKING_URI: s.url }, 'markdown');
    expect(got.code).toBe(1);
    expect(got.out).toContain('NaN (diverged)');
    const json = JSON.parse((await compare(h.dir, base, { MLFLOW_TRACKING_URI: s.url })).out);
    const acc = json.models[0].metrics.find((x: { name: string }) => x.name === 'accuracy');
    expect(acc).toMatchObject({ head: null, diverged: 'head' });
  });
});

describe('mlflow-server: errors name the server’s answer', () => {
  it('an unknown experiment: HTTP 404 RESOURCE_DOES_NOT_EXIST with the name', async () => {
    const h = linearHistory(2, { '.github/mlgate.yml': 'reports: ["mlflow-server:chrun"]\n' });
    const s = await server();
    s.addRun(run(h.shas[1]!, 0.9));
    const got = await compare(h.dir, h.shas[0]!, { MLFLOW_TRACKING_URI: s.url }, 'text');
    expect(got.code).toBe(2);
    expect(got.err).toContain(
      `the MLflow server ${s.url.slice(7)} (GET experiments/get-by-name) answered HTTP 404 RESOURCE_DOES_NOT_EXIST: "Could not find experiment with name 'chrun'"`,
    );
  });

  it('wrong credentials: HTTP 401 and what to set, never the token', async () => {
    const h = linearHistory(2, CONFIG);
    const s = await server({ token: 'right-token' });
    s.addRun(run(h.shas[1]!, 0.9));
    const got = await compare(h.dir, h.shas[0]!, {
      MLFLOW_TRACKING_URI: s.url,
      MLFLOW_TRACKING_TOKEN: 'wrong-token-123',
    });
    expect(got.code).toBe(2);
    expect(got.err).toContain('answered HTTP 401; check MLFLOW_TRACKING_TOKEN');
    expect(got.out + got.err).not.toContain('wrong-token-123');
    expect(s.requests[0]!.authorization).toBe('Bearer wrong-token-123');
    // The right one, and Basic credentials, are sent as MLflow's client sends them.
    expect(
      (await compare(h.dir, h.shas[0]!, { MLFLOW_TRACKING_URI: s.url, MLFLOW_TRACKING_TOKEN: 'right-token' })).code,
    ).toBe(0);
    const b = await startMlflowServer({ basic: { username: 'ci', password: 'pw-secret' } });
    try {
      b.addRun(run(h.shas[1]!, 0.9));
      const env = { MLFLOW_TRACKING_URI: b.url, MLFLOW_TRACKING_USERNAME: 'ci', MLFLOW_TRACKING_PASSWORD: 'pw-secret' };
      expect((await compare(h.dir, h.shas[0]!, env)).code).toBe(0);
      const wrong = await compare(h.dir, h.shas[0]!, { ...env, MLFLOW_TRACKING_PASSWORD: 'pw-wrong' });
      expect(wrong.err).toContain('HTTP 401');
      expect(wrong.err).not.toContain('pw-wrong');
    } finally {
      await b.close();
    }
  });

  it('a slow server ends with a timeout error, not a hang', async () => {
    const s = await server({ delayMs: 5_000 });
    s.addExperiment('churn');
    const client = mlflowServerFromEnv({ MLFLOW_TRACKING_URI: s.url, MLFLOW_HTTP_REQUEST_TIMEOUT: '0.2' })!;
    await expect(experimentByName(client, 'churn')).rejects.toThrow(
      `the MLflow server ${s.url.slice(7)} (GET experiments/get-by-name) did not answer within 0.2 s`,
    );
  });

  it('no run at the PR’s commit, or no server configured: says what to do', async () => {
    const h = linearHistory(2, CONFIG);
    const s = await server();
    s.addRun(run(h.shas[0]!, 0.9));
    const none = await compare(h.dir, h.shas[0]!, { MLFLOW_TRACKING_URI: s.url });
    expect(none.err).toContain(
      `no run of MLflow experiment "churn" on ${s.url.slice(7)} is tagged mlflow.source.git.commit = ${h.shas[1]!.slice(0, 7)}`,
    );
    const unset = await compare(h.dir, h.shas[0]!, {});
    expect(unset.err).toContain('mlflow-server:churn reads an MLflow tracking server: set MLFLOW_TRACKING_URI');
  });

  it('validate checks the entries as the gate parses them; compare --head names the server with --base-ref', async () => {
    const dir = tempDir('mlgate-validate-');
    mkdirSync(path.join(dir, '.github'));
    const validate = async (config: string) => {
      writeFileSync(path.join(dir, '.github/mlgate.yml'), config);
      const t = captureIo(dir);
      return { code: await runCli(['validate', '.github/mlgate.yml'], t.io), out: t.out() + t.err() };
    };
    expect(await validate('reports: ["mlflow-server:churn?run_name=eval&tag.stage=test"]\n')).toMatchObject({
      code: 0,
    });
    const bad = await validate('models: { churn: { report: "mlflow-server:churn?stage=test" } }\n');
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('mlflow-server: unknown filter "stage"; use run_name=<name> or tag.<key>=<value>');
    const h = linearHistory(2, { '.github/mlgate.yml': 'reports: [mlgate.yaml]\n' });
    const s = await server();
    s.addRun(run(h.shas[0]!, 0.9));
    s.addRun(run(h.shas[1]!, 0.91));
    const t = captureIo(h.dir);
    const args = ['compare', '--base-ref', h.shas[0]!, '--head', 'mlflow-server:churn', '--format', 'json'];
    expect(await runCli(args, { ...t.io, env: { MLFLOW_TRACKING_URI: s.url } })).toBe(0);
    expect(JSON.parse(t.out()).models[0].metrics[0]).toMatchObject({ base: 0.9, head: 0.91 });
    const u = captureIo(h.dir);
    expect(await runCli(['compare', '--head', 'mlflow-server:churn'], u.io)).toBe(2);
    expect(u.err()).toContain('use mlgate compare --base-ref REF --head mlflow-server:churn');
  });

  it('the test server parses the filter forms mlgate sends, and refuses others as MLflow does', () => {
    expect(parseFilter('tags.`mlflow.source.git.commit` = \'abc\' AND attributes.run_name = "e\\"v"')).toEqual([
      { kind: 'tags', key: 'mlflow.source.git.commit', op: '=', value: 'abc' },
      { kind: 'attributes', key: 'run_name', op: '=', value: 'e"v' },
    ]);
    expect(parseFilter('metrics.acc > 0.9 OR 1=1')).toMatch(/^Invalid filter/);
  });
});

describe('mlflow-server: a hostile or misconfigured server', () => {
  // A raw server that answers every request with `answer`.
  async function raw(answer: (res: http.ServerResponse) => void) {
    const srv = http.createServer((_req, res) => answer(res));
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
    return {
      url,
      close: () => new Promise<void>((resolve) => (srv.closeAllConnections(), srv.close(() => resolve()))),
    };
  }

  it('refuses a body over 8 MiB, a redirect, an answer that is not JSON, and cleans the server’s message', async () => {
    const cases: Array<[(res: http.ServerResponse) => void, string]> = [
      [(res) => res.end('x'.repeat(9 * 1024 * 1024)), 'answered with more than 8388608 bytes'],
      [(res) => (res.writeHead(302, { location: 'http://evil.example/' }), res.end()), 'answered HTTP 302, a redirect'],
      [(res) => res.end('<html>login</html>'), 'answered with something that is not JSON'],
      [
        (res) => (
          res.writeHead(500, { 'content-type': 'application/json' }),
          res.end(JSON.stringify({ error_code: 'INTERNAL_ERROR', message: 'bad token tok-secret-9 `x`\n<b>' }))
        ),
        `answered HTTP 500 INTERNAL_ERROR: "bad token *** 'x'?'b'"`,
      ],
    ];
    for (const [answer, message] of cases) {
      const s = await raw(answer);
      try {
        const client = mlflowServerFromEnv({ MLFLOW_TRACKING_URI: s.url, MLFLOW_TRACKING_TOKEN: 'tok-secret-9' })!;
        await expect(experimentByName(client, 'churn')).rejects.toThrow(message);
      } finally {
        await s.close();
      }
    }
  });

  it('refuses a key that would leave the run’s directory, and a tracking URI that is not a server', async () => {
    const h = linearHistory(2, CONFIG);
    const s = await server();
    s.addRun(run(h.shas[1]!, 0.9, { params: { '../../escape': 'x' } }));
    const got = await compare(h.dir, h.shas[0]!, { MLFLOW_TRACKING_URI: s.url });
    expect(got.err).toContain('has a key mlgate cannot read: "../../escape"');
    expect(() => mlflowServerFromEnv({ MLFLOW_TRACKING_URI: 'file:./mlruns' })).toThrow(
      'MLFLOW_TRACKING_URI is a file: URI, not a tracking server',
    );
    // A URI with user info: the credentials are not used as the host in messages.
    const c = mlflowServerFromEnv({ MLFLOW_TRACKING_URI: 'https://u:p@mlflow.example.com/' })!;
    expect(c.host).toBe('mlflow.example.com');
  });
});
