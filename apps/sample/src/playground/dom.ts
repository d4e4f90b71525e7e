/** Children of {@link h}: strings become text nodes (never markup); falsy values are skipped. */
export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  /** `data-testid`, what the browser tests find elements by. */
  testid?: string;
  /** Attributes, set with setAttribute (values are text, never parsed as markup). */
  attrs?: Record<string, string | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
  disabled?: boolean;
}

/** A DOM element with text children only through text nodes: user text can never become markup. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props?.class) el.className = props.class;
  if (props?.testid) el.dataset.testid = props.testid;
  for (const [name, value] of Object.entries(props?.attrs ?? {})) if (value !== undefined) el.setAttribute(name, value);
  for (const [type, listener] of Object.entries(props?.on ?? {})) el.addEventListener(type, listener as EventListener);
  if (props?.disabled && 'disabled' in el) (el as HTMLButtonElement).disabled = true;
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/**
 * Remembers the element with keyboard focus inside `parent` (by test id) and returns what puts
 * focus back on the element with that test id. Call it before building new children that may
 * take a focused element out of the page (a reused button moves into the new tree).
 */
export function rememberFocus(parent: Element): () => void {
  const focused = document.activeElement instanceof HTMLElement && parent.contains(document.activeElement) ? document.activeElement.dataset.testid : undefined;
  return () => {
    if (focused && !parent.contains(document.activeElement)) parent.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focused)}"]`)?.focus();
  };
}

/** Replaces the children of `parent`, keeping keyboard focus on the element with the same test id. */
export function replace(parent: Element, ...children: Child[]): void {
  const restore = rememberFocus(parent);
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  restore();
}
