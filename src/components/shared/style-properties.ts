import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`element.style`), never as
 * a `style` attribute. Lit's `styleMap` writes the attribute on first render,
 * which a portal's `style-src 'self'` (without 'unsafe-inline') blocks, and
 * the bars would lose their sizes; CSSOM writes are not inline markup, so the
 * policy allows them. Used as an element binding: `<span ${styleProperties({ width: '40%' })}>`.
 */
class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperties() is an element binding');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (!(name in properties)) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
