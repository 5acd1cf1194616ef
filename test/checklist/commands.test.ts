import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/bot/commands.js';

describe('parseCommand', () => {
  it('reads a waiver with its reason from the first non-empty line', () => {
    expect(parseCommand('\n  /mlgate waive fairness   no demographic labels in this data set  \nmore text')).toEqual({
      kind: 'waive',
      item: 'fairness',
      reason: 'no demographic labels in this data set',
    });
    expect(parseCommand('/mlgate waive waive-me because reasons')).toEqual({
      kind: 'waive',
      item: 'waive-me',
      reason: 'because reasons',
    });
    expect(parseCommand('/mlgate recheck')).toEqual({ kind: 'recheck' });
  });
  it('ignores comments not addressed to mlgate, quoted commands and commands later in the comment', () => {
    expect(parseCommand('LGTM')).toBeNull();
    expect(parseCommand('> /mlgate waive fairness quoted')).toBeNull();
    expect(parseCommand('Thanks!\n/mlgate waive fairness later line')).toBeNull();
    expect(parseCommand('/mlgatewaive fairness x')).toBeNull();
    expect(parseCommand('')).toBeNull();
  });
  it('flags malformed and unknown commands without echoing user text', () => {
    expect(parseCommand('/mlgate waive fairness')).toEqual({
      kind: 'invalid',
      problem: 'give a reason: `/mlgate waive <item> <reason>` (the reason is the audit trail)',
    });
    expect(parseCommand('/mlgate waive')).toMatchObject({
      kind: 'invalid',
      problem: expect.stringContaining('name the item'),
    });
    expect(parseCommand('/mlgate waive Fairness<img> ok ok')).toMatchObject({
      kind: 'invalid',
      problem: expect.stringContaining('checklist item id'),
    });
    expect(parseCommand('/mlgate approve @everyone')).toEqual({ kind: 'invalid', problem: 'unknown command' });
    expect(parseCommand('/mlgate')).toEqual({ kind: 'invalid', problem: 'no command given' });
    expect(parseCommand('/mlgate recheck now')).toMatchObject({ kind: 'invalid' });
  });
  it('bounds the reason and the comment', () => {
    expect(parseCommand(`/mlgate waive fairness ${'x'.repeat(300)}`)).toMatchObject({ kind: 'waive' });
    expect(parseCommand(`/mlgate waive fairness ${'x'.repeat(301)}`)).toMatchObject({
      kind: 'invalid',
      problem: 'the reason is longer than 300 characters',
    });
    expect(parseCommand(`/mlgate recheck\n${'y'.repeat(20_000)}`)).toMatchObject({ kind: 'invalid' });
    expect(parseCommand(`hello\n${'y'.repeat(20_000)}`)).toBeNull();
  });
});
