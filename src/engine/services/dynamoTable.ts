import type { DynamoDbTableNode } from '../scenarioTypes';
import { applyUpdate, compare, compileCondition, structuredCopy, type ExpressionContext, type Item } from './dynamoExpressions';
import { RecordStream } from './recordStream';
import { arn, ServiceError } from './simContext';

/** A DynamoDB table: items by key, and (optionally) its stream of changes. */
export class DynamoTable {
  readonly arn: string;
  readonly partitionKey: string;
  readonly sortKey: string | undefined;
  readonly items = new Map<string, Item>();
  readonly stream: RecordStream | null;
  readonly streamView: DynamoDbTableNode['stream'];
  private eventSeq = 0;

  constructor(
    readonly node: DynamoDbTableNode,
    readonly name: string,
  ) {
    this.arn = arn('dynamodb', `table/${name}`);
    this.partitionKey = node.partitionKey ?? 'pk';
    this.sortKey = node.sortKey;
    this.streamView = node.stream ?? null;
    this.stream = this.streamView
      ? new RecordStream(name, `${this.arn}/stream/2026-01-01T00:00:00.000`, 1, 24 * 3_600_000)
      : null;
  }

  keyOf(item: Item): string {
    const pk = item[this.partitionKey];
    if (!pk) throw new ServiceError('ValidationException', `One of the required keys was not given a value (missing ${this.partitionKey})`);
    const sk = this.sortKey ? item[this.sortKey] : undefined;
    if (this.sortKey && !sk) throw new ServiceError('ValidationException', `One of the required keys was not given a value (missing ${this.sortKey})`);
    return JSON.stringify([pk, sk ?? null]);
  }

  keyAttributes(item: Item): Item {
    const key: Item = { [this.partitionKey]: item[this.partitionKey] };
    if (this.sortKey) key[this.sortKey] = item[this.sortKey];
    return key;
  }

  check(existing: Item | undefined, condition: string | undefined, ctx: ExpressionContext): void {
    if (!condition) return;
    if (!compileCondition(condition, ctx)(existing ?? {})) {
      throw new ServiceError('ConditionalCheckFailedException', 'The conditional request failed');
    }
  }

  write(nowMs: number, key: string, next: Item | undefined, lineage: number): Item | undefined {
    const old = this.items.get(key);
    if (next) this.items.set(key, next);
    else this.items.delete(key);
    if (this.stream && (old || next)) {
      const eventName = !old ? 'INSERT' : !next ? 'REMOVE' : 'MODIFY';
      const keys = this.keyAttributes((next ?? old) as Item);
      const view = this.streamView;
      const dynamodb: Record<string, unknown> = {
        ApproximateCreationDateTime: Math.floor(nowMs / 1000) + 1767225600,
        Keys: keys,
        SequenceNumber: '',
        SizeBytes: JSON.stringify(next ?? old).length,
        StreamViewType: view,
      };
      if (next && (view === 'NEW_IMAGE' || view === 'NEW_AND_OLD_IMAGES')) dynamodb.NewImage = structuredCopy(next);
      if (old && (view === 'OLD_IMAGE' || view === 'NEW_AND_OLD_IMAGES')) dynamodb.OldImage = structuredCopy(old);
      const record = this.stream.put(nowMs, key, { eventName, dynamodb, eventID: `${++this.eventSeq}` }, lineage);
      dynamodb.SequenceNumber = record.sequenceNumber;
    }
    return old;
  }

  update(existing: Item | undefined, key: Item, expression: string, ctx: ExpressionContext): Item {
    return applyUpdate({ ...(existing ?? {}), ...key }, expression, ctx);
  }

  /** Query by partition key (and sort-key condition), in sort-key order. */
  query(keyCondition: string, ctx: ExpressionContext, forward: boolean): Item[] {
    const cond = compileCondition(keyCondition, ctx);
    const out = [...this.items.values()].filter((item) => cond(item));
    if (this.sortKey) {
      const sk = this.sortKey;
      out.sort((a, b) => compare(a[sk] ?? {}, b[sk] ?? {}) * (forward ? 1 : -1));
    }
    return out;
  }
}
