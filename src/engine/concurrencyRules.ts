// AWS's reservation rules (DG configuration-concurrency), shared by validation and the engine.

export interface ReservationInput {
  id: string;
  reservedConcurrency?: number | null;
  provisionedConcurrency?: number;
}

export interface RuleViolation {
  /** Index into the functions list given, or -1 for an account-level violation. */
  index: number;
  field: 'reservedConcurrency' | 'provisionedConcurrency';
  message: string;
}

export function checkReservations(
  functions: ReservationInput[],
  concurrencyLimit: number,
  unreservedMinimum: number,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  let reservedTotal = 0;
  functions.forEach((fn, index) => {
    const reserved = fn.reservedConcurrency ?? null;
    if (reserved !== null) {
      reservedTotal += reserved;
      if (reservedTotal > concurrencyLimit - unreservedMinimum) {
        violations.push({
          index,
          field: 'reservedConcurrency',
          message:
            'InvalidParameterValueException: Specified ReservedConcurrentExecutions for function ' +
            `decreases account's UnreservedConcurrentExecution below its minimum value of [${unreservedMinimum}].`,
        });
      }
    }
    const provisioned = fn.provisionedConcurrency ?? 0;
    if (reserved !== null && provisioned > reserved) {
      violations.push({
        index,
        field: 'provisionedConcurrency',
        message:
          `InvalidParameterValueException: Requested Provisioned Concurrency (${provisioned}) ` +
          `exceeds the function's reserved concurrency (${reserved}).`,
      });
    } else if (provisioned > concurrencyLimit - unreservedMinimum) {
      violations.push({
        index,
        field: 'provisionedConcurrency',
        message:
          'InvalidParameterValueException: Requested Provisioned Concurrency would decrease ' +
          `account's UnreservedConcurrentExecution below its minimum value of [${unreservedMinimum}].`,
      });
    }
  });
  return violations;
}
