/** The environment git runs in: the caller's (passed down from the entry point), never a prompt for credentials. */
export type ProcessEnv = Readonly<Record<string, string | undefined>>;

export function gitEnv(env: ProcessEnv): Record<string, string | undefined> {
  return { ...env, GIT_TERMINAL_PROMPT: '0' };
}
