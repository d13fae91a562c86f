/**
 * Minimal RichTextValue: one text with an optional link for the whole text.
 * Pure value objects: not counted in the call log.
 */
export class FakeRichTextValue {
  constructor(
    private readonly text: string,
    private readonly linkUrl: string | null,
  ) {}

  getText(): string {
    return this.text;
  }

  getLinkUrl(): string | null {
    return this.linkUrl;
  }

  copy(): FakeRichTextValueBuilder {
    return new FakeRichTextValueBuilder().setText(this.text).setLinkUrl(this.linkUrl);
  }
}

export class FakeRichTextValueBuilder {
  private text = "";
  private linkUrl: string | null = null;

  setText(...[text]: Parameters<GoogleAppsScript.Spreadsheet.RichTextValueBuilder["setText"]>): this {
    this.text = text;
    return this;
  }

  /** `setLinkUrl(url)` links the whole text; `setLinkUrl(start, end, url)` is accepted and does the same. */
  setLinkUrl(...args: [string | null] | [number, number, string | null]): this {
    this.linkUrl = args.length === 1 ? args[0] : args[2];
    return this;
  }

  build(): FakeRichTextValue {
    return new FakeRichTextValue(this.text, this.linkUrl);
  }
}
