// The AWS SDK for JavaScript v3 packages handler code can import, all backed by the engine's
// simulated services. Lambda's Node.js runtimes ship SDK v3 (not v2), so these resolve without
// a node_modules folder, as they do on AWS.
import { Buffer } from '../bufferShim';
import { createServiceModule, type SdkHost } from './createServiceModule';
import { createDocumentModule } from './documentClient';
import { convertToAttr, convertToNative, marshall, NumberValue, unmarshall } from './dynamoMarshall';
import { SERVICE_MODULES } from './serviceDefinitions';
import { Uint8ArrayBlobAdapter } from './sdkStream';

function utf8Module(): Record<string, unknown> {
  return {
    fromUtf8: (text: string) => new TextEncoder().encode(text),
    toUtf8: (bytes: Uint8Array | string) => (typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8')),
    toUint8Array: (data: string | Uint8Array) => (typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data)),
  };
}

/** The module's exports, or undefined when `name` is not an SDK package we simulate. */
export function createAwsSdkModule(name: string, host: SdkHost): Record<string, unknown> | undefined {
  const service = SERVICE_MODULES[name];
  if (service) return createServiceModule(host, service);
  switch (name) {
    case '@aws-sdk/lib-dynamodb':
      return createDocumentModule(host);
    case '@aws-sdk/util-dynamodb':
      return { marshall, unmarshall, convertToAttr, convertToNative, NumberValue };
    case '@aws-sdk/util-utf8':
    case '@aws-sdk/util-utf8-node':
    case '@smithy/util-utf8':
      return utf8Module();
    case '@smithy/util-stream':
      return { Uint8ArrayBlobAdapter };
    default:
      return undefined;
  }
}

/** For "Cannot find module" messages: the packages that do resolve. */
export const SIMULATED_SDK_PACKAGES = [...Object.keys(SERVICE_MODULES), '@aws-sdk/lib-dynamodb', '@aws-sdk/util-dynamodb'];
