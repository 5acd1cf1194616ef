// Tokens -> users. GitHub accepts both `token X` and `Bearer X`; anything else is a 401.
import type { IncomingHttpHeaders } from 'node:http';
import { HttpError } from './http.js';
import type { Store } from './store.js';
import type { TokenInfo, UserRec } from './types.js';

export interface Identity {
  user: UserRec;
  readOnly: boolean;
  /** The token's `actions` permission (job tokens: absent from the workflow's `permissions:` means none). */
  actions: 'read' | 'none';
  token: string;
}

type Grant = Omit<Identity, 'token'>;

export class Tokens {
  private readonly byToken = new Map<string, Grant>();

  constructor(private readonly store: Store) {}

  add(token: string, info: TokenInfo): void {
    const user = this.store.user(info.type ? { login: info.login, type: info.type } : info.login);
    this.byToken.set(token, { user, readOnly: info.readOnly ?? false, actions: info.actions ?? 'read' });
  }

  private grant(token: string): Grant {
    const t = this.byToken.get(token);
    if (!t) throw new Error(`unknown token ${token}`);
    return t;
  }

  setReadOnly(token: string, readOnly: boolean): void {
    this.grant(token).readOnly = readOnly;
  }

  setActions(token: string, actions: 'read' | 'none'): void {
    this.grant(token).actions = actions;
  }

  authenticate(headers: IncomingHttpHeaders): Identity {
    const header = headers.authorization;
    if (!header) throw new HttpError(401, 'Requires authentication');
    const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
    const found = m?.[1] ? this.byToken.get(m[1]) : undefined;
    if (!m?.[1] || !found) throw new HttpError(401, 'Bad credentials');
    return { ...found, token: m[1] };
  }
}
