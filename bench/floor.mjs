// The floor of bench/e2e: the least a comment action does on the update path, as a 15-line step would (the
// runner's environment, GitHub's REST API): list the PR's comments, update the one with our marker.
/* global fetch */
import { readFileSync } from 'node:fs';

const env = process.env;
const api = `${env.GITHUB_API_URL}/repos/${env.GITHUB_REPOSITORY}`;
const pr = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')).pull_request.number;
const headers = { authorization: `Bearer ${env['INPUT_GITHUB-TOKEN']}`, 'content-type': 'application/json' };
const list = await fetch(`${api}/issues/${pr}/comments?per_page=100`, { headers });
const ours = (await list.json()).find((c) => c.body.includes('<!-- mlgate:comment'));
const body = JSON.stringify({ body: `floor\n<!-- mlgate:comment key=default head=${env.GITHUB_SHA} -->` });
const patch = await fetch(`${api}/issues/comments/${ours.id}`, { method: 'PATCH', headers, body });
if (!patch.ok) throw new Error(`PATCH answered ${patch.status}`);
