import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

/**
 * A button in one of four weights: primary (the one main action of a form or page), secondary,
 * danger (destroys something) and quiet (a minor action beside content). A plain <button> looks
 * like a secondary one too (controls.css), so older views need no change to lose the grey look.
 * `type` defaults to "button": a button inside a form must not submit it by accident.
 */
export function Button({ variant = 'secondary', className, type = 'button', ...rest }: Props) {
  return <button type={type} className={[`button-${variant}`, className].filter(Boolean).join(' ')} {...rest} />;
}
