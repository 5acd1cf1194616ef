// Public entry point of the fake GitHub server (test support). See test/support/README.md.
export { startGitHubServer, FakeGitHub, DEFAULT_TOKEN, DEFAULT_BOT, type StartOptions } from './server.js';
export { secondaryRateLimit, primaryRateLimit, type FaultRule, type InjectedFault } from './faults.js';
export type { LoggedRequest } from './dispatch.js';
export type {
  AnnotationRec,
  CommentInput,
  Permission,
  PullFileInput,
  PullInput,
  ReviewInput,
  ReviewState,
  TokenInfo,
  UserInput,
  UserType,
} from './types.js';
