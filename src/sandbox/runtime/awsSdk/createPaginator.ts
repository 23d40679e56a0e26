// The SDK's paginateX functions: an async iterable of pages that follows the operation's
// continuation token, built on the sandbox's Promise so `for await` stays in virtual time.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { SdkHost } from './createServiceModule';

export interface PaginationTokens {
  /** Input member that carries the token: ContinuationToken, ExclusiveStartKey. */
  input: string;
  /** Output member with the next token: NextContinuationToken, LastEvaluatedKey. */
  output: string;
  /** Input member for config.pageSize: MaxKeys, Limit. */
  pageSize: string;
}

interface PaginatorConfig {
  client: { send(command: unknown): any };
  pageSize?: number;
  startingToken?: unknown;
}

export function createPaginator(host: SdkHost, Command: new (input: Record<string, any>) => unknown, tokens: PaginationTokens) {
  return (config: PaginatorConfig, input: Record<string, any> = {}) => {
    const P = host.realm.Promise;
    let token = config.startingToken;
    let done = false;
    const iterator = {
      next(): unknown {
        if (done) return P.resolve({ value: undefined, done: true });
        const pageInput = { ...input };
        if (token !== undefined) pageInput[tokens.input] = token;
        if (config.pageSize !== undefined) pageInput[tokens.pageSize] = config.pageSize;
        return config.client.send(new Command(pageInput)).then((page: Record<string, any>) => {
          token = page[tokens.output];
          if (token === undefined || token === null || token === '') done = true;
          return { value: page, done: false };
        });
      },
      return(): unknown {
        done = true;
        return P.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  };
}

export const S3_LIST_TOKENS: PaginationTokens = { input: 'ContinuationToken', output: 'NextContinuationToken', pageSize: 'MaxKeys' };
export const DYNAMODB_TOKENS: PaginationTokens = { input: 'ExclusiveStartKey', output: 'LastEvaluatedKey', pageSize: 'Limit' };
