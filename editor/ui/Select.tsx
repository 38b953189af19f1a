import type { SelectHTMLAttributes } from 'react';

type Props<T extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
};

/**
 * A styled native select (controls.css draws its arrow). The native control is kept on purpose:
 * it brings the keyboard, screen-reader and phone pickers every person already knows.
 */
export function Select<T extends string>({ value, options, onChange, ...rest }: Props<T>) {
  return (
    <select value={value} onChange={(event) => onChange(event.target.value as T)} {...rest}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
