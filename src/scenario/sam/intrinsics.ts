import type { ScalarTag, CollectionTag } from 'yaml';

// CloudFormation's intrinsic functions. Reading: every short form (!Ref, !GetAtt A.B, !Sub ...)
// becomes the long form ({Ref}, {"Fn::GetAtt": [A, B]}, {"Fn::Sub": ...}) so one code path
// handles both. Writing: Intrinsic values print as short-form tags, the way SAM docs show them.

export class Intrinsic {
  constructor(
    readonly fn: 'Ref' | 'GetAtt' | 'Sub',
    readonly value: string,
  ) {}
}

export const ref = (logicalId: string) => new Intrinsic('Ref', logicalId);
export const getAtt = (logicalId: string, attribute: string) =>
  new Intrinsic('GetAtt', `${logicalId}.${attribute}`);
export const sub = (template: string) => new Intrinsic('Sub', template);

const SCALAR_FUNCTIONS: Record<string, (s: string) => unknown> = {
  '!Ref': (s) => ({ Ref: s }),
  '!GetAtt': (s) => ({ 'Fn::GetAtt': s.split(/\.(.*)/s, 2) }),
  '!Sub': (s) => ({ 'Fn::Sub': s }),
  '!Base64': (s) => ({ 'Fn::Base64': s }),
  '!ImportValue': (s) => ({ 'Fn::ImportValue': s }),
  '!GetAZs': (s) => ({ 'Fn::GetAZs': s }),
  '!Condition': (s) => ({ Condition: s }),
};
const SEQ_FUNCTIONS = [
  'GetAtt',
  'Sub',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'Cidr',
  'Base64',
  'ImportValue',
];

/** Tags for yaml's parseDocument: short forms in, long forms out. */
export const readTags: (ScalarTag | CollectionTag)[] = [
  ...Object.entries(SCALAR_FUNCTIONS).map(([tag, build]): ScalarTag => ({
    tag,
    resolve: (s: string) => build(s) as never,
  })),
  ...SEQ_FUNCTIONS.map((name): CollectionTag => ({
    tag: `!${name}`,
    collection: 'seq',
    resolve: (seq) => ({ [`Fn::${name}`]: seq.toJSON() }) as never,
  })),
  ...['Sub', 'Base64', 'ImportValue', 'Select', 'If', 'Join', 'Transform'].map((name): CollectionTag => ({
    tag: `!${name}`,
    collection: 'map',
    resolve: (map) => ({ [`Fn::${name}`]: map.toJSON() }) as never,
  })),
];

/** Tags for yaml's stringify: Intrinsic values print as !Ref X, !GetAtt X.Arn, !Sub '...'. */
export const writeTags: ScalarTag[] = (['Ref', 'GetAtt', 'Sub'] as const).map((fn) => ({
  tag: `!${fn}`,
  identify: (value: unknown) => value instanceof Intrinsic && value.fn === fn,
  resolve: (s: string) => new Intrinsic(fn, s) as never,
  stringify: (item) => (item.value as Intrinsic).value,
}));
