import type { VariantError } from '../../state/compareVariants';

/** Validation problems, each naming the variant and the field's path in the scenario. */
export function ErrorList({ errors, testId }: { errors: VariantError[]; testId: string }) {
  if (errors.length === 0) return null;
  return (
    <ul className="cmp-errors" role="alert" data-testid={testId}>
      {errors.map((e, i) => (
        <li key={i}>
          <strong>{e.variant}</strong>
          {e.path && (
            <>
              {' · '}
              <code>{e.path}</code>
            </>
          )}
          : {e.message}
        </li>
      ))}
    </ul>
  );
}
