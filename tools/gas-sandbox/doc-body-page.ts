import type { BodyNode, PageSetup } from "./doc-model";
import type { BodyArgs } from "./gas-types";

export const PAGE_ATTRIBUTES = {
  MARGIN_TOP: "marginTop",
  MARGIN_BOTTOM: "marginBottom",
  MARGIN_LEFT: "marginLeft",
  MARGIN_RIGHT: "marginRight",
  PAGE_WIDTH: "pageWidth",
  PAGE_HEIGHT: "pageHeight",
} as const satisfies Record<string, keyof PageSetup>;

/** A body's page size and margins, in points (A4 is 595.28 × 841.89; 1 mm = 2.835 pt). */
export class BodyPage {
  constructor(readonly _node: BodyNode) {}

  private page<K extends keyof PageSetup>(key: K, value: number): this {
    this._node.page[key] = value;
    return this;
  }

  setMarginTop(...[marginTop]: BodyArgs<"setMarginTop">): this {
    return this.page("marginTop", marginTop);
  }
  setMarginBottom(...[marginBottom]: BodyArgs<"setMarginBottom">): this {
    return this.page("marginBottom", marginBottom);
  }
  setMarginLeft(...[marginLeft]: BodyArgs<"setMarginLeft">): this {
    return this.page("marginLeft", marginLeft);
  }
  setMarginRight(...[marginRight]: BodyArgs<"setMarginRight">): this {
    return this.page("marginRight", marginRight);
  }
  setPageWidth(...[pageWidth]: BodyArgs<"setPageWidth">): this {
    return this.page("pageWidth", pageWidth);
  }
  setPageHeight(...[pageHeight]: BodyArgs<"setPageHeight">): this {
    return this.page("pageHeight", pageHeight);
  }
  getMarginTop(): number {
    return this._node.page.marginTop;
  }
  getMarginBottom(): number {
    return this._node.page.marginBottom;
  }
  getMarginLeft(): number {
    return this._node.page.marginLeft;
  }
  getMarginRight(): number {
    return this._node.page.marginRight;
  }
  getPageWidth(): number {
    return this._node.page.pageWidth;
  }
  getPageHeight(): number {
    return this._node.page.pageHeight;
  }
}
