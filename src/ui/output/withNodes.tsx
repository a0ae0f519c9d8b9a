/**
 * A message with elements inside it (a red count, a bold word): `t()` leaves a placeholder it was
 * given no value for as `{name}`, and this puts the element there. The words around it stay in the
 * order the language's template puts them.
 */
import { Fragment, type ReactNode } from 'react';

export function withNodes(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  return text.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{name !== undefined && name in nodes ? nodes[name] : part}</Fragment>;
  });
}
