import { useEffect, useRef, useState } from 'react';
import { focusFirstInvalid } from './FormField';
import type { FieldErrors } from './field-errors';

/**
 * Errors of a form that validates on submit. `reject` shows them and, once they have rendered,
 * moves focus to the first invalid field, so keyboard and screen-reader users land on the problem.
 */
export function useFormErrors() {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [rejections, setRejections] = useState(0);

  useEffect(() => {
    if (rejections > 0) focusFirstInvalid(formRef.current);
  }, [rejections]);

  function reject(found: FieldErrors) {
    setErrors(found);
    setRejections((n) => n + 1);
  }

  return { formRef, errors, reject, clear: () => setErrors({}) };
}
