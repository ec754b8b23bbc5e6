/**
 * What makes a drawn district usable as a link, on the pledge map's first (static) view and on its Leaflet map
 * alike: its shade and words, a click or Enter that opens its page, its numbers in the details box on focus or
 * hover, and one tab stop for the whole map, with the arrow keys, Home and End moving between districts by name.
 */

/** What the map shows for one district: its fill, the words its details say, and where it leads. */
export type DistrictLook = { name: string; colour: string; label: string; href: string };

type Hooks = { focus?: () => void; blur?: () => void; key?: (event: KeyboardEvent) => void };

/** `onDetails` is told which district is pointed at or focused. */
export function districtLinks(onDetails: (id: string | null) => void) {
  let current = new Map<string, DistrictLook>();
  // The districts in keyboard order; exactly one of them is in the tab order at any time (a roving tabindex).
  let order: SVGElement[] = [];
  const moveFocus = (from: SVGElement, event: KeyboardEvent) => {
    const i = order.indexOf(from);
    const next = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: order.length - 1,
    }[event.key];
    if (next === undefined) return false;
    event.preventDefault();
    order[Math.max(0, Math.min(order.length - 1, next))]?.focus();
    return true;
  };

  return {
    /** Starts a new drawing of `looks`: the keyboard order is rebuilt as districts are shown. */
    begin(looks: Map<string, DistrictLook>): void {
      current = looks;
      order = [];
    },
    /** Gives one district's element its look and words, and (once) its handling of pointer and keys. */
    show(element: SVGElement, id: string, look: DistrictLook, hooks: Hooks = {}): void {
      order.push(element);
      element.dataset.district = id;
      element.dataset.name = look.name;
      element.setAttribute('fill', look.colour);
      element.setAttribute('role', 'link');
      element.setAttribute('aria-label', look.label);
      if (!element.hasAttribute('tabindex'))
        element.setAttribute('tabindex', order.some((e) => e.getAttribute('tabindex') === '0') ? '-1' : '0');
      if (element.dataset.wired) return;
      element.dataset.wired = '1';
      const open = () => location.assign(current.get(id)?.href ?? look.href);
      element.addEventListener('click', open);
      element.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') open();
        else if (!moveFocus(element, event)) hooks.key?.(event);
      });
      element.addEventListener('focus', () => {
        onDetails(id);
        for (const other of order) other.setAttribute('tabindex', other === element ? '0' : '-1');
        hooks.focus?.();
      });
      if (hooks.blur) element.addEventListener('blur', hooks.blur);
      element.addEventListener('mouseenter', () => onDetails(id));
    },
  };
}
