// What a React 19 project adds once (docs/frameworks.md shows it): Samsyn's elements
// as typed JSX intrinsic elements.
import type { HTMLAttributes, RefAttributes } from 'react';
import type { SamsynJsxElements } from 'samsyn';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends SamsynJsxElements<HTMLAttributes<HTMLElement> & RefAttributes<HTMLElement>> {}
  }
}
