// @aws-sdk/util-dynamodb's marshall/unmarshall, including the errors people actually hit
// (undefined values, empty sets, class instances), so code that works here works on AWS.
/* eslint-disable @typescript-eslint/no-explicit-any */

export interface MarshallOptions {
  convertEmptyValues?: boolean;
  removeUndefinedValues?: boolean;
  convertClassInstanceToMap?: boolean;
  convertTopLevelContainer?: boolean;
}

export interface UnmarshallOptions {
  wrapNumbers?: boolean;
}

export type AttributeValue = Record<string, any>;

/** util-dynamodb's NumberValue: a number kept as its exact string. */
export class NumberValue {
  readonly value: string;
  constructor(value: string | number | bigint) {
    this.value = String(value);
  }
  static from(value: string | number | bigint): NumberValue {
    return new NumberValue(value);
  }
  toString(): string {
    return this.value;
  }
  toAttributeValue(): AttributeValue {
    return { N: this.value };
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || value.constructor === undefined;
}

function numberAttr(num: number): AttributeValue {
  if (!Number.isFinite(num)) throw new Error(`Special numeric value ${num.toString()} is not allowed`);
  if (Number.isInteger(num) && Math.abs(num) > Number.MAX_SAFE_INTEGER) {
    throw new Error(`Number ${num.toString()} is greater than Number.MAX_SAFE_INTEGER. Use BigInt.`);
  }
  return { N: num.toString() };
}

function mapAttr(entries: Iterable<[string, unknown]>, options: MarshallOptions): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [key, value] of entries) {
    if (typeof value === 'function') continue;
    if (value === undefined && options.removeUndefinedValues) continue;
    const attr = convertToAttr(value, options);
    if (attr !== undefined) out[key] = attr;
  }
  return out;
}

function setAttr(set: Set<unknown>, options: MarshallOptions): AttributeValue | undefined {
  const items = [...set].filter((v) => !(v === undefined && options.removeUndefinedValues));
  if (items.length === 0) {
    if (options.convertEmptyValues) return { NULL: true };
    throw new Error('Pass a non-empty set, or options.convertEmptyValues=true.');
  }
  const first = items[0];
  if (typeof first === 'number' || typeof first === 'bigint' || first instanceof NumberValue) {
    return { NS: items.map((v) => (typeof v === 'number' ? numberAttr(v).N : String(v))) };
  }
  if (typeof first === 'string') return { SS: items.map(String) };
  if (ArrayBuffer.isView(first) || first instanceof ArrayBuffer) return { BS: items };
  throw new Error('Only Number Set (NS), Binary Set (BS) or String Set (SS) are allowed.');
}

export function convertToAttr(value: unknown, options: MarshallOptions = {}): AttributeValue {
  if (value === undefined) throw new Error('Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.');
  if (value === null) return { NULL: true };
  switch (typeof value) {
    case 'string':
      return value.length === 0 && options.convertEmptyValues ? { NULL: true } : { S: value };
    case 'number':
      return numberAttr(value);
    case 'bigint':
      return { N: value.toString() };
    case 'boolean':
      return { BOOL: value };
    case 'object':
      break;
    default:
      throw new Error(`Unsupported type passed: ${String(value)}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`);
  }
  const obj = value as object;
  if (Array.isArray(obj)) {
    return { L: obj.filter((v) => !(v === undefined && options.removeUndefinedValues)).map((v) => convertToAttr(v, options)) };
  }
  if (obj instanceof Set) return setAttr(obj, options) as AttributeValue;
  if (obj instanceof Map) return { M: mapAttr(obj.entries() as Iterable<[string, unknown]>, options) };
  if (obj instanceof NumberValue) return obj.toAttributeValue();
  if (ArrayBuffer.isView(obj) || obj instanceof ArrayBuffer) {
    if (obj.byteLength === 0 && options.convertEmptyValues) return { NULL: true };
    return { B: obj };
  }
  if (!isPlainObject(obj) && !options.convertClassInstanceToMap) {
    throw new Error(`Unsupported type passed: ${String(obj)}. Pass options.convertClassInstanceToMap=true to marshall typeof object as map attribute.`);
  }
  return { M: mapAttr(Object.entries(obj), options) };
}

/** An object becomes a record of attribute values (what Item, Key and ExpressionAttributeValues take). */
export function marshall(data: unknown, options: MarshallOptions = {}): any {
  const attr = convertToAttr(data, options);
  if ('M' in attr && !options.convertTopLevelContainer) return attr.M;
  if ('L' in attr && !options.convertTopLevelContainer) return attr.L;
  return attr;
}

export function convertToNative(attr: AttributeValue, options: UnmarshallOptions = {}): unknown {
  for (const [type, value] of Object.entries(attr)) {
    if (value === undefined) continue;
    switch (type) {
      case 'NULL':
        return null;
      case 'BOOL':
        return Boolean(value);
      case 'N':
        return convertNumber(value, options);
      case 'B':
        return value;
      case 'S':
        return String(value);
      case 'L':
        return (value as AttributeValue[]).map((v) => convertToNative(v, options));
      case 'M':
        return unmarshall(value, options);
      case 'NS':
        return new Set((value as string[]).map((v) => convertNumber(v, options)));
      case 'BS':
        return new Set(value as unknown[]);
      case 'SS':
        return new Set((value as string[]).map(String));
      default:
        throw new Error(`Unsupported type passed: ${type}`);
    }
  }
  throw new Error(`No value defined: ${JSON.stringify(attr)}`);
}

function convertNumber(text: string, options: UnmarshallOptions): number | bigint | NumberValue {
  if (options.wrapNumbers) return NumberValue.from(text);
  const num = Number(text);
  if (Math.abs(num) > Number.MAX_SAFE_INTEGER) {
    if (/^-?\d+$/.test(text)) return BigInt(text);
    throw new Error(`${text} can't be converted to BigInt. Set options.wrapNumbers to get string value.`);
  }
  return num;
}

export function unmarshall(data: Record<string, AttributeValue> | AttributeValue, options: UnmarshallOptions = {}): any {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) out[key] = convertToNative(value, options);
  return out;
}
