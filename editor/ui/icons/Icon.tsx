import type { ReactNode, SVGProps } from 'react';

export type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & {
  /** What the icon says when it stands alone; without one it is decoration and hidden from screen readers. */
  label?: string;
  size?: number;
};

const drawing = {
  xmlns: 'http://www.w3.org/2000/svg',
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  focusable: 'false',
} as const;

/**
 * One stroke icon on a 24-unit grid, drawn in the text's colour. An icon beside words repeats
 * them, so by default it is hidden from assistive technology; an icon alone needs a `label`.
 */
export function Icon({ label, size = 18, children, ...rest }: IconProps & { children: ReactNode }) {
  const shape = {
    ...drawing,
    width: size,
    height: size,
    strokeWidth: 2,
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
    ...rest,
  } as const;
  return label ? (
    <svg role="img" aria-label={label} {...shape}>
      <title>{label}</title>
      {children}
    </svg>
  ) : (
    <svg aria-hidden="true" {...shape}>
      {children}
    </svg>
  );
}
