// @aws-sdk/lib-dynamodb: the DocumentClient takes and returns plain JavaScript values and
// translates them to and from attribute values around the low-level DynamoDB operations.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { callOperation, commandMeta, defineCommand, lowerFirst, sendWith, type CommandMeta, type SdkCommand, type SdkHost } from './createServiceModule';
import { createPaginator, DYNAMODB_TOKENS } from './createPaginator';
import { marshall, unmarshall, type MarshallOptions, type UnmarshallOptions } from './dynamoMarshall';

interface TranslateConfig {
  marshallOptions?: MarshallOptions;
  unmarshallOptions?: UnmarshallOptions;
}

/** Document command -> low-level operation. */
const DOC_COMMANDS: Record<string, string> = {
  Put: 'PutItem',
  Get: 'GetItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  Query: 'Query',
  Scan: 'Scan',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  TransactGet: 'TransactGetItems',
  TransactWrite: 'TransactWriteItems',
};

const INPUT_RECORDS = ['Item', 'Key', 'ExpressionAttributeValues', 'ExclusiveStartKey'];
const OUTPUT_RECORDS = ['Item', 'Attributes', 'LastEvaluatedKey'];
const DOC = Symbol('lambda-playground.documentCommand');

function toLowLevel(input: Record<string, any>, options: MarshallOptions): Record<string, any> {
  const out = { ...input };
  for (const key of INPUT_RECORDS) if (out[key] !== undefined && out[key] !== null) out[key] = marshall(out[key], options);
  return out;
}

function fromLowLevel(output: Record<string, any>, options: UnmarshallOptions): Record<string, any> {
  const out = { ...output };
  for (const key of OUTPUT_RECORDS) if (out[key] !== undefined) out[key] = unmarshall(out[key], options);
  if (Array.isArray(out.Items)) out.Items = out.Items.map((item: Record<string, any>) => unmarshall(item, options));
  return out;
}

export function createDocumentModule(host: SdkHost): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  const commands: Record<string, typeof SdkCommand> = {};
  for (const [name, operation] of Object.entries(DOC_COMMANDS)) {
    const meta: CommandMeta = { service: 'dynamodb', operation, def: {} };
    const cls = defineCommand(`${name}Command`, meta);
    Object.defineProperty(cls.prototype, DOC, { value: true });
    commands[name] = cls;
    exports[`${name}Command`] = cls;
  }

  class DynamoDBDocumentClient {
    readonly config: Record<string, any>;
    readonly middlewareStack: unknown;
    constructor(client: any, translateConfig?: TranslateConfig) {
      this.config = { ...(client?.config ?? {}), translateConfig };
      this.middlewareStack = client?.middlewareStack;
    }
    static from(client: any, translateConfig?: TranslateConfig): DynamoDBDocumentClient {
      return new this(client, translateConfig);
    }
    send(command: unknown, ...args: unknown[]): unknown {
      return sendWith(
        host,
        () => {
          const meta = commandMeta(command);
          if (!meta || meta.service !== 'dynamodb') throw new TypeError('DynamoDBDocumentClient.send() needs a command from @aws-sdk/lib-dynamodb');
          const input = (command as SdkCommand).input;
          // Low-level commands pass through the document client untouched, as in the SDK.
          if (!(command as Record<symbol, unknown>)[DOC]) return callOperation(host, meta, input, this.config);
          const translate: TranslateConfig = this.config.translateConfig ?? {};
          return callOperation(host, meta, toLowLevel(input, translate.marshallOptions ?? {}), this.config).then((out: Record<string, any>) =>
            fromLowLevel(out, translate.unmarshallOptions ?? {}),
          );
        },
        args,
      );
    }
    destroy(): void {}
  }

  class DynamoDBDocument extends DynamoDBDocumentClient {}
  for (const name of Object.keys(DOC_COMMANDS)) {
    const Command = commands[name];
    Object.defineProperty(DynamoDBDocument.prototype, lowerFirst(name), {
      value: function (this: DynamoDBDocument, input: Record<string, any>, ...args: unknown[]) {
        return this.send(new Command(input), ...args);
      },
      writable: true,
      configurable: true,
    });
  }
  exports.paginateQuery = createPaginator(host, commands.Query, DYNAMODB_TOKENS);
  exports.paginateScan = createPaginator(host, commands.Scan, DYNAMODB_TOKENS);
  return { ...exports, DynamoDBDocumentClient, DynamoDBDocument };
}
