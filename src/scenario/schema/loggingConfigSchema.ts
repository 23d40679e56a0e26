// A function's `loggingConfig`: Lambda's LoggingConfig (LogFormat, ApplicationLogLevel,
// SystemLogLevel). The levels are accepted in Text format too but, as on Lambda, only filter
// in JSON format (docs/logging-config.md).
import { z } from 'zod';
import { APPLICATION_LOG_LEVELS, SYSTEM_LOG_LEVELS } from '../../engine/logLevels';

const oneOf = (values: readonly string[]) => `must be one of ${values.map((v) => `"${v}"`).join(', ')}`;

export const loggingConfigSchema = z.strictObject({
  logFormat: z.enum(['Text', 'JSON'], { message: 'must be "Text" or "JSON"' }).optional(),
  applicationLogLevel: z.enum(APPLICATION_LOG_LEVELS, { message: oneOf(APPLICATION_LOG_LEVELS) }).optional(),
  systemLogLevel: z.enum(SYSTEM_LOG_LEVELS, { message: oneOf(SYSTEM_LOG_LEVELS) }).optional(),
});
